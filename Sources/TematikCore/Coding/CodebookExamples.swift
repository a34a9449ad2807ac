/// Checks a codebook against its own examples: each code's `mustMatch` sentences must be coded with
/// the code, its `mustNotMatch` sentences must not. `tematik codebook check` prints the failures.
public enum CodebookExamples {
    /// Runs every example sentence through the matcher, each sentence as one segment.
    /// - Returns: the failing examples, in codebook order (code, then must-match before must-not-match,
    ///   then sentence order).
    public static func check(_ codebook: Codebook) -> [ExampleFailure] {
        let matcher = Matcher(codebook: codebook)
        let codes = codebook.codes
        var buffer = MatchBuffer()
        var failures: [ExampleFailure] = []
        for (index, code) in codes.enumerated() {
            for (expected, sentences) in [(true, code.mustMatch), (false, code.mustNotMatch)] {
                for sentence in sentences {
                    var codings: [Coding] = []
                    matcher.codings(inSegmentText: sentence, segment: 0, into: &codings, buffer: &buffer)
                    let found = Set(codings.map(\.code))
                    guard found.contains(index) != expected else { continue }
                    failures.append(
                        ExampleFailure(
                            code: code.id, sentence: sentence, mustMatch: expected,
                            actualCodes: found.sorted().map { codes[$0].id }, location: code.location))
                }
            }
        }
        return failures
    }
}

/// An example sentence that the codebook codes differently from what the example says.
public struct ExampleFailure: Hashable, Sendable, CustomStringConvertible {
    /// The id of the code whose example failed.
    public var code: String
    public var sentence: String
    /// `true` for a `mustMatch` example that was not coded, `false` for a `mustNotMatch` one that was.
    public var mustMatch: Bool
    /// The ids of the codes the sentence was coded with, in codebook order.
    public var actualCodes: [String]
    /// Where the code is defined.
    public var location: SourceLocation

    public init(code: String, sentence: String, mustMatch: Bool, actualCodes: [String], location: SourceLocation) {
        self.code = code
        self.sentence = sentence
        self.mustMatch = mustMatch
        self.actualCodes = actualCodes
        self.location = location
    }

    /// The failure as a diagnostic that names the code's location and how to fix it.
    public var diagnostic: Diagnostic {
        let found = actualCodes.isEmpty ? "no code" : actualCodes.map { "'\($0)'" }.joined(separator: ", ")
        let problem =
            mustMatch
            ? "code '\(code)' must match \"\(sentence)\", but the sentence was coded with \(found)"
            : "code '\(code)' must not match \"\(sentence)\", but the sentence was coded with \(found)"
        let fix =
            mustMatch
            ? "Add a pattern that finds a word of the sentence, or correct the example."
            : "Add an exclude pattern or narrow the code's patterns, or correct the example."
        return Diagnostic(.error, location, problem, fix: fix)
    }

    public var description: String { diagnostic.description }
}
