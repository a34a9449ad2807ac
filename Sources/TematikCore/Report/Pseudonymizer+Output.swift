/// ``Pseudonymizer`` applied to the values that outputs are written from.
extension Pseudonymizer {
    /// `coded` with its id, its attribute values, every segment's speaker and text masked and each coding's
    /// byte range moved along, for `codings.csv`, the SQLite store and the `.qdpx` export. Token ranges, word
    /// counts and units stay.
    public func mask(_ coded: CodedDocument) -> CodedDocument {
        var coded = coded
        coded.document.id = documentID(coded.document.id)
        coded.document.attributes = coded.document.attributes.mapValues(mask)
        var texts: [MaskedText] = []
        texts.reserveCapacity(coded.document.segments.count)
        for i in coded.document.segments.indices {
            let masked = masked(coded.document.segments[i].text)
            texts.append(masked)
            coded.document.segments[i].text = masked.text
            coded.document.segments[i].speaker = speaker(coded.document.segments[i].speaker)
        }
        for i in coded.codings.indices where texts.indices.contains(coded.codings[i].segment) {
            coded.codings[i].bytes = texts[coded.codings[i].segment].range(coded.codings[i].bytes)
        }
        return coded
    }

    /// `input` as the report files must show it: document ids, quotes, speakers, matched and uncovered words,
    /// attribute groups and interviewer names masked. Counts, and the order of the documents, are left as
    /// they are. The failures are the pipeline's to mask, which knows the corpus's paths
    /// (`Pipeline.masked(_:listing:pseudonyms:)`).
    public func mask(_ input: ReportInput) -> ReportInput {
        var input = input
        input.result = mask(input.result)
        for i in input.documents.indices { input.documents[i].id = documentID(input.documents[i].id) }
        input.manifest.interviewerNames = Array(Set(input.manifest.interviewerNames.map(mask))).sorted()
        return input
    }

    /// `result` with its text masked: the code × document matrix's document ids, exemplar quotes, sources
    /// and speakers, top words, the codebook audit's words and attribute group names. Counts are left as
    /// they are.
    public func mask(_ result: AnalysisResult) -> AnalysisResult {
        var result = result
        for i in result.documents.indices { result.documents[i].name = result.documents[i].name.map(documentID) }
        for i in result.codes.indices {
            result.codes[i].topWords = mask(result.codes[i].topWords)
            result.codes[i].exemplars = result.codes[i].exemplars.map(mask)
        }
        for i in result.themes.indices { result.themes[i].topWords = mask(result.themes[i].topWords) }
        for i in result.audit.patterns.indices { result.audit.patterns[i].words = mask(result.audit.patterns[i].words) }
        for i in result.audit.unmatched.indices {
            result.audit.unmatched[i].words = mask(result.audit.unmatched[i].words)
        }
        result.audit.uncoveredWords = mask(result.audit.uncoveredWords)
        for i in result.attributes.indices {
            for j in result.attributes[i].groups.indices {
                result.attributes[i].groups[j].name = result.attributes[i].groups[j].name.map(mask)
            }
        }
        return result
    }

    /// `exemplar` with its document id, quote and speaker masked and its marks moved along.
    public func mask(_ exemplar: Exemplar) -> Exemplar {
        var exemplar = exemplar
        exemplar.document = documentID(exemplar.document)
        let masked = masked(exemplar.quote)
        exemplar.quote = masked.text
        exemplar.marks = exemplar.marks.map { mark in
            let range = masked.range(mark.start..<mark.end)
            return TextRange(start: range.lowerBound, end: range.upperBound)
        }
        exemplar.speaker = speaker(exemplar.speaker)
        return exemplar
    }

    /// Words masked one by one (``maskWord(_:)``); words that become the same (two names, one pseudonym) are
    /// counted together and the list sorted again by count (descending), then word (byte order).
    public func mask(_ words: [WordCount]) -> [WordCount] {
        var counts: [String: Int] = [:]
        var changed = false
        for word in words {
            let masked = maskWord(word.word)
            changed = changed || masked != word.word
            counts[masked, default: 0] += word.count
        }
        guard changed else { return words }
        return counts.map { WordCount(word: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.word.utf8.lexicographicallyPrecedes($1.word.utf8)
        }
    }
}
