/// Collects, for every code, the segments it was found in, and picks the best quotes.
struct ExemplarPicker: Sendable {
    /// One coded segment of one code.
    struct Candidate: Sendable {
        var document: Int
        var documentID: String
        var segment: Int
        var references: Int
        var words: Int

        /// Better first: higher density (compared exactly, as cross products), then more references, then
        /// document id, then segment index.
        func ranks(before other: Candidate) -> Bool {
            let mine = references * max(other.words, 1)
            let theirs = other.references * max(words, 1)
            if mine != theirs { return mine > theirs }
            if references != other.references { return references > other.references }
            if documentID != other.documentID { return documentID.precedesInBytes(other.documentID) }
            return segment < other.segment
        }
    }

    private var candidates: [[Candidate]]

    init(codes: Int) {
        candidates = Array(repeating: [], count: codes)
    }

    /// Notes the coded segments of one document; `position` is its place in the list later handed to
    /// ``exemplars(code:in:options:)``.
    mutating func add(_ document: CodedDocument, coded: [SegmentCodings], position: Int) {
        for (segment, codings) in coded {
            var references: [Int: Int] = [:]
            for coding in codings { references[coding.code, default: 0] += 1 }
            for (code, count) in references {
                candidates[code].append(Candidate(document: position, documentID: document.document.id,
                                                  segment: segment, references: count,
                                                  words: document.words(in: segment)))
            }
        }
    }

    /// The best `options.exemplars` quotes of a code: one per document first, then, if documents run out,
    /// further segments of documents already used, in rank order.
    func exemplars(code: Int, in documents: [CodedDocument], options: AnalysisOptions) -> [Exemplar] {
        let ranked = candidates[code].sorted { $0.ranks(before: $1) }
        let limit = max(options.exemplars, 0)
        var chosen: [Candidate] = []
        var usedDocuments = Set<Int>()
        for candidate in ranked where chosen.count < limit && usedDocuments.insert(candidate.document).inserted {
            chosen.append(candidate)
        }
        for candidate in ranked where chosen.count < limit
            && !chosen.contains(where: { $0.document == candidate.document && $0.segment == candidate.segment }) {
            chosen.append(candidate)
        }
        chosen.sort { $0.ranks(before: $1) }
        return chosen.map { exemplar($0, code: code, document: documents[$0.document], options: options) }
    }

    private func exemplar(_ candidate: Candidate, code: Int, document: CodedDocument,
                          options: AnalysisOptions) -> Exemplar {
        let segment = document.document.segments[candidate.segment]
        let matches = document.codings.filter { $0.segment == candidate.segment && $0.code == code }
            .map(\.bytes).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        let (quote, marks) = QuoteTrimmer.quote(segment.text, focus: matches.first ?? 0..<0, matches: matches,
                                                length: options.quoteLength)
        return Exemplar(document: document.document.id, speaker: segment.speaker, segment: candidate.segment,
                        line: segment.line, start: segment.start, references: candidate.references,
                        words: candidate.words,
                        density: candidate.words > 0 ? Double(candidate.references) / Double(candidate.words) : 0,
                        quote: quote, marks: marks)
    }
}
