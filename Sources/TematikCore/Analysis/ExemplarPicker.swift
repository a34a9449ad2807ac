/// Keeps, for every code, the few coded segments that can still become its exemplars, and picks the best.
///
/// The choice (see ``exemplars(code:)``) takes, in rank order, the best segment of each of the first k
/// documents, and only when fewer than k documents have the code, further segments in rank order. So two
/// short lists per code are enough, and both stay exact under ``merge(_:)``:
/// - `leaders`: the best segment of each document, only the k best of those;
/// - `top`: the k best segments of any document.
/// The k best documents' best segments are all in `leaders`, and they outrank every segment of any other
/// document; when fewer than k documents have the code, `leaders` holds every document's best, and the
/// fill-up segments are among the k best overall, so in `top`. Quotes are built once, when a segment
/// enters a list.
struct ExemplarPicker: Sendable, Codable {
    /// One coded segment of one code, with what ranking needs.
    struct Candidate: Sendable {
        var documentID: String
        var segment: Int
        var references: Int
        var words: Int

        init(documentID: String, segment: Int, references: Int, words: Int) {
            self.documentID = documentID
            self.segment = segment
            self.references = references
            self.words = words
        }

        init(_ exemplar: Exemplar) {
            self.init(
                documentID: exemplar.document, segment: exemplar.segment, references: exemplar.references,
                words: exemplar.words)
        }

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

    /// k: the exemplars wanted per code.
    let limit: Int
    /// Per code: the best segment of each document, the `limit` best such, best first.
    private var leaders: [[Exemplar]]
    /// Per code: the `limit` best segments of any document, best first.
    private var top: [[Exemplar]]

    init(codes: Int, limit: Int) {
        self.limit = max(limit, 0)
        leaders = Array(repeating: [], count: codes)
        top = Array(repeating: [], count: codes)
    }

    /// Whether the lists fit a codebook of `codes` codes (a decoded picker may not).
    func isConsistent(codes: Int) -> Bool { leaders.count == codes && top.count == codes }

    /// Notes the coded segments of one document, building quotes (`quoteLength` characters) only for the
    /// segments that enter a list.
    mutating func add(_ document: CodedDocument, coded: [SegmentCodings], quoteLength: Int) {
        guard limit > 0 else { return }
        // Every coded segment of every code, sorted by code and then rank: no table per segment or code.
        var found: [(code: Int, candidate: Candidate)] = []
        var codes: [Int] = []
        for (segment, codings) in coded {
            codes.removeAll(keepingCapacity: true)
            for coding in codings { codes.append(coding.code) }
            codes.sort()
            let words = document.words(in: segment)
            codes.forEachRun(by: { $0 }) { run in
                let candidate = Candidate(
                    documentID: document.document.id, segment: segment, references: run.count, words: words)
                found.append((codes[run.lowerBound], candidate))
            }
        }
        found.sort { $0.code != $1.code ? $0.code < $1.code : $0.candidate.ranks(before: $1.candidate) }
        found.forEachRun(by: \.code) { run in
            let code = found[run.lowerBound].code
            let make = { (candidate: Candidate) in
                Self.exemplar(candidate, code: code, document: document, quoteLength: quoteLength)
            }
            Self.offer(found[run.lowerBound].candidate, to: &leaders[code], limit: limit, make: make)
            for (_, candidate) in found[run.prefix(limit)] {
                Self.offer(candidate, to: &top[code], limit: limit, make: make)
            }
        }
    }

    /// Adds the candidates another picker (same codebook and k) kept.
    mutating func merge(_ other: ExemplarPicker) {
        for code in leaders.indices {
            var byDocument: [String: Exemplar] = [:]
            for exemplar in leaders[code] + other.leaders[code] {
                if let kept = byDocument[exemplar.document], Candidate(kept).ranks(before: Candidate(exemplar)) {
                    continue
                }
                byDocument[exemplar.document] = exemplar
            }
            leaders[code] = Array(Self.ranked(Array(byDocument.values)).prefix(limit))
            top[code] = Array(Self.distinct(Self.ranked(top[code] + other.top[code])).prefix(limit))
        }
    }

    /// The best k quotes of a code: one per document first, then, if documents run out, further segments
    /// of documents already used, in rank order.
    func exemplars(code: Int) -> [Exemplar] {
        let ranked = Self.distinct(Self.ranked(leaders[code] + top[code]))
        var chosen: [Exemplar] = []
        var usedDocuments = Set<String>()
        for exemplar in ranked where chosen.count < limit && usedDocuments.insert(exemplar.document).inserted {
            chosen.append(exemplar)
        }
        for exemplar in ranked
        where chosen.count < limit
            && !chosen.contains(where: { $0.document == exemplar.document && $0.segment == exemplar.segment })
        {
            chosen.append(exemplar)
        }
        return Self.ranked(chosen)
    }

    /// Puts `candidate` into `list` (best first, at most `limit` long) if it ranks high enough.
    private static func offer(
        _ candidate: Candidate, to list: inout [Exemplar], limit: Int, make: (Candidate) -> Exemplar
    ) {
        if list.count >= limit, let last = list.last, !candidate.ranks(before: Candidate(last)) { return }
        let position = list.firstIndex { candidate.ranks(before: Candidate($0)) } ?? list.count
        list.insert(make(candidate), at: position)
        if list.count > limit { list.removeLast() }
    }

    private static func ranked(_ exemplars: [Exemplar]) -> [Exemplar] {
        exemplars.sorted { Candidate($0).ranks(before: Candidate($1)) }
    }

    /// `exemplars` without repeats of a (document, segment), keeping the first.
    private static func distinct(_ exemplars: [Exemplar]) -> [Exemplar] {
        var seen = Set<String>()
        return exemplars.filter { seen.insert("\($0.segment)\u{0}\($0.document)").inserted }
    }

    private static func exemplar(
        _ candidate: Candidate, code: Int, document: CodedDocument,
        quoteLength: Int
    ) -> Exemplar {
        let segment = document.document.segments[candidate.segment]
        let matches = document.codings.filter { $0.segment == candidate.segment && $0.code == code }
            .map(\.bytes).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        let (quote, marks) = QuoteTrimmer.quote(
            segment.text, focus: matches.first ?? 0..<0, matches: matches,
            length: quoteLength)
        return Exemplar(
            document: document.document.id, speaker: segment.speaker, segment: candidate.segment,
            line: segment.line, start: segment.start, references: candidate.references,
            words: candidate.words,
            density: candidate.words > 0 ? Double(candidate.references) / Double(candidate.words) : 0,
            quote: quote, marks: marks)
    }
}
