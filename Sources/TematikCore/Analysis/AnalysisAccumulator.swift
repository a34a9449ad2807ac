/// The analysis of a corpus built up document by document, and mergeable: accumulators of disjoint sets
/// of documents, added and merged in any order, give the same ``result()`` as one accumulator (or
/// ``Analysis/analyze(_:codebook:options:)``) over all of them.
///
/// It keeps only what the result needs, never a document's text: per document its summary, counts and
/// attributes; co-occurrence unit and pair counts; a few exemplar candidates per code with their quotes;
/// and word counts (matched words per code, theme and pattern, uncovered words), which grow with the
/// vocabulary rather than the corpus. Everything is sorted in ``result()``, so order never shows.
///
/// Encoded (``encoded()``) it is the partial result a shard saves; ``decode(_:codebook:)`` loads it for
/// the codebook it was made with.
public struct AnalysisAccumulator: Sendable {
    /// The codebook the documents were coded with.
    public let codebook: Codebook
    /// The options the result is made with.
    public let options: AnalysisOptions
    let layout: CodeLayout
    var records: [DocumentRecord] = []
    var overview = OverviewCounts()
    var cooccurrence: CooccurrenceCollector
    var words: WordTallies
    var exemplars: ExemplarPicker

    /// An accumulator with no documents yet.
    public init(codebook: Codebook, options: AnalysisOptions = AnalysisOptions()) {
        self.codebook = codebook
        self.options = options
        layout = CodeLayout(codebook)
        cooccurrence = CooccurrenceCollector(unit: options.unit, layout: layout)
        words = WordTallies(layout: layout, filterStopWords: options.filterStopWords)
        exemplars = ExemplarPicker(codes: layout.codeCount, limit: options.exemplars)
    }

    /// The documents added so far, in document-id order (byte order).
    public var documents: [DocumentSummary] {
        records.map(\.summary).sorted { $0.id.precedesInBytes($1.id) }
    }

    /// Adds one coded document (ids unique across everything added and merged); then the document may go.
    ///
    /// The units of analysis are the segments ``CodedDocument/isUnit`` marks; codings on other segments,
    /// or with a code index outside the codebook, are ignored.
    /// - Complexity: O(words of the coded segments + codings × log codings + units × k²) for units with k
    ///   codes, plus O(sentence and paragraph text) for those units.
    public mutating func add(_ document: CodedDocument) {
        add(document, coded: document.unitCodings(layout), tokens: nil)
    }

    /// ``add(_:)`` for a document whose ``CodedDocument/unitCodings(_:)`` for this codebook are `coded`,
    /// with the coder's `tokens` of its coded segments when it kept them.
    mutating func add(_ document: CodedDocument, coded: [SegmentCodings], tokens: CodedTokens?) {
        records.append(
            DocumentRecord(
                summary: DocumentSummary(document),
                tally: Tally(document, coded: coded, layout: layout),
                attributes: document.document.attributes))
        overview.add(document, coded: coded)
        cooccurrence.add(document, coded: coded)
        words.add(document, coded: coded, tokens: tokens, layout: layout)
        exemplars.add(document, coded: coded, quoteLength: options.quoteLength)
    }

    /// Whether `other` was made with the same codebook and options, so that it can be merged.
    public func canMerge(_ other: AnalysisAccumulator) -> Bool {
        codebook == other.codebook && options == other.options
    }

    /// Adds everything `other` accumulated.
    /// - Precondition: ``canMerge(_:)``; check it first for accumulators that came from files.
    public mutating func merge(_ other: AnalysisAccumulator) {
        precondition(canMerge(other), "accumulators of different codebooks or options cannot be merged")
        records += other.records
        overview.merge(other.overview)
        cooccurrence.merge(other.cooccurrence)
        words.merge(other.words)
        exemplars.merge(other.exemplars)
    }

    /// The analysis of every document added and merged so far.
    public func result() -> AnalysisResult {
        // Records come sorted from a run (``sortRecords()``); only merged shards need sorting.
        let records = isInOrder ? records : records.sorted { $0.summary.id.precedesInBytes($1.summary.id) }
        let documents = records.map { $0.tally.stats(name: $0.summary.id) }
        return result(records, documents: documents, totals: Totals(records, layout: layout))
    }

    /// ``result()``, giving up each document's counts once its row of ``AnalysisResult/documents`` is made,
    /// so that the two are never held whole at once: at the end of a large run they are the largest thing
    /// in memory. Consumes the accumulator; call it as `(consume accumulator).takeResult()`, so that its
    /// records are not copied first.
    public consuming func takeResult() -> AnalysisResult {
        sortRecords()
        var documents: [GroupStats] = []
        documents.reserveCapacity(records.count)
        let totals = Totals(records, layout: layout)
        for index in records.indices {
            documents.append(records[index].tally.stats(name: records[index].summary.id))
            records[index].tally = Tally(codes: 0, themes: 0)
        }
        return result(records, documents: documents, totals: totals)
    }

    /// Puts the records in document-id order, the order of a run's ``result()`` and of ``encoded()``.
    mutating func sortRecords() {
        if !isInOrder { records.sort { $0.summary.id.precedesInBytes($1.summary.id) } }
    }

    /// Whether the records are in document-id order.
    private var isInOrder: Bool {
        zip(records, records.dropFirst()).allSatisfy { !$1.summary.id.precedesInBytes($0.summary.id) }
    }

    /// The whole corpus's counts and each attribute's groups, from the records' counts.
    private struct Totals {
        var total: Tally
        var attributeNames: [String]
        var groups: [[String?: Tally]]

        init(_ records: [DocumentRecord], layout: CodeLayout) {
            attributeNames = Set(records.flatMap(\.attributes.keys)).sorted { $0.precedesInBytes($1) }
            total = Tally(codes: layout.codeCount, themes: layout.themeCount)
            groups = Array(repeating: [String?: Tally](), count: attributeNames.count)
            for record in records {
                total.add(record.tally)
                for (index, name) in attributeNames.enumerated() {
                    let value = record.attributes[name].map { $0[...].trimmingWhitespace() }
                    let key = value.flatMap { $0.isEmpty ? nil : String($0) }
                    groups[index][key, default: Tally(codes: layout.codeCount, themes: layout.themeCount)]
                        .add(record.tally)
                }
            }
        }
    }

    private func result(_ records: [DocumentRecord], documents: [GroupStats], totals: Totals) -> AnalysisResult {
        let (total, attributeNames, groups) = (totals.total, totals.attributeNames, totals.groups)
        return AnalysisResult(
            options: options,
            overview: overview.overview(records.map(\.summary)),
            codes: layout.codes.enumerated().map { index, code in
                CodeStats(
                    id: code.id, theme: code.theme, label: code.label.values,
                    counts: total.counts(total.codes[index]),
                    topWords: words.topWords(code: index, limit: options.topWords),
                    exemplars: exemplars.exemplars(code: index))
            },
            themes: codebook.themes.enumerated().map { index, theme in
                ThemeStats(
                    id: theme.id, label: theme.label.values, description: theme.description.values,
                    color: theme.color, codes: theme.codes.map(\.id),
                    counts: total.counts(total.themes[index]),
                    topWords: words.topWords(theme: index, limit: options.topWords))
            },
            documents: documents,
            attributes: zip(attributeNames, groups).map { name, tallies in
                AttributeComparison(attribute: name, groups: Self.groupStats(tallies))
            },
            cooccurrence: cooccurrence.result(layout),
            audit: words.audit(uncoveredLimit: options.auditWords, layout: layout))
    }

    /// The groups of one attribute: values in byte order, then the documents without a value.
    private static func groupStats(_ tallies: [String?: Tally]) -> [GroupStats] {
        let named = tallies.compactMap { key, tally in key.map { ($0, tally) } }
            .sorted { $0.0.precedesInBytes($1.0) }
            .map { $0.1.stats(name: $0.0) }
        return named + (tallies[nil].map { [$0.stats(name: nil)] } ?? [])
    }
}
