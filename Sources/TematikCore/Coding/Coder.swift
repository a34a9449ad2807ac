/// Codes whole documents, or runs of their segments, with one codebook.
///
/// Every segment gets its word count; only units of analysis get codings. A segment is a unit when
/// its speaker is a respondent, or always with `includeInterviewer` (`--include-interviewer`).
public struct Coder: Sendable {
    public let matcher: Matcher
    public let includeInterviewer: Bool

    /// A coder for `codebook`, compiling its patterns once.
    public init(codebook: Codebook, includeInterviewer: Bool = false) {
        self.init(matcher: Matcher(codebook: codebook), includeInterviewer: includeInterviewer)
    }

    /// A coder reusing an already compiled matcher.
    public init(matcher: Matcher, includeInterviewer: Bool) {
        self.matcher = matcher
        self.includeInterviewer = includeInterviewer
    }

    /// Codes every segment of `document`.
    public func code(_ document: Document) -> CodedDocument {
        code(document, segments: document.segments.indices)
    }

    /// Codes the segments `segments` of `document`, so that a large document can be split across tasks.
    ///
    /// The result holds the whole `document`, and word counts, unit flags and codings for `segments`
    /// only (codings keep their segment index in the whole document). Chunks that cover the document,
    /// appended in segment order with ``CodedDocument/append(_:)``, equal `code(document)`.
    /// - Complexity: O(*n*) in the length of the segments' text.
    public func code(_ document: Document, segments: Range<Int>) -> CodedDocument {
        code(document, segments: segments, keepingTokens: false).coded
    }

    /// ``code(_:segments:)``; with `keepingTokens`, also the tokens of the segments it found codings in,
    /// for the word tallies to count without tokenizing those segments again (else `nil`).
    func code(_ document: Document, segments: Range<Int>, keepingTokens: Bool)
        -> (coded: CodedDocument, tokens: CodedTokens?)
    {
        var buffer = MatchBuffer()
        var wordCounts: [Int] = []
        var isUnit: [Bool] = []
        var codings: [Coding] = []
        var kept = keepingTokens ? CodedTokens() : nil
        wordCounts.reserveCapacity(segments.count)
        isUnit.reserveCapacity(segments.count)
        for index in segments {
            let segment = document.segments[index]
            let unit = segment.role == .respondent || includeInterviewer
            isUnit.append(unit)
            if unit {
                let before = codings.count
                wordCounts.append(
                    matcher.codings(
                        inSegmentText: segment.text, segment: index, into: &codings,
                        buffer: &buffer))
                if codings.count > before { kept?.keep(buffer.tokens, segment: index) }
            } else {
                buffer.tokens.tokenize(segment.text)
                wordCounts.append(buffer.tokens.count)
            }
        }
        return (CodedDocument(document: document, wordCounts: wordCounts, isUnit: isUnit, codings: codings), kept)
    }
}

extension CodedDocument {
    /// Appends the result of coding the segments that follow this one's, as made by
    /// ``Coder/code(_:segments:)`` for the same document.
    public mutating func append(_ chunk: CodedDocument) {
        wordCounts += chunk.wordCounts
        isUnit += chunk.isUnit
        codings += chunk.codings
    }
}
