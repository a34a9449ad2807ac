/// What a run keeps of one document besides its coded text, worked out on the task that read and coded
/// it: its share of the analysis and its rows of `codings.csv`. The one task that writes the outputs then
/// only merges and copies, so that reading, coding and counting use every core.
struct DocumentContribution: Sendable {
    /// The counts of this document alone (``AnalysisAccumulator/addCounts(_:)``), to be merged into the
    /// run's accumulator; the exemplars are offered there (``add(to:)``).
    var analysis: AnalysisAccumulator
    /// The document's codings on units of analysis, grouped by segment, as both halves of the analysis use them.
    var unitCodings: [SegmentCodings]
    /// The document's rows of `codings.csv`, or `nil` when the rows must be made where the document is
    /// written (a pseudonymised run names speakers by pseudonyms given in document order).
    var codingsRows: [UInt8]?

    /// Adds this document, coded as `document`, to `accumulator`: its counts merged, its exemplars offered.
    func add(_ document: CodedDocument, to accumulator: inout AnalysisAccumulator) {
        accumulator.merge(analysis)
        accumulator.addExemplars(document, coded: unitCodings)
    }

    /// The contributions of documents coded with one codebook and options.
    struct Maker: Sendable {
        /// An accumulator with no documents, copied for each one: its empty tables are shared until written.
        let empty: AnalysisAccumulator
        /// The codebook's fields of `codings.csv`, or `nil` when rows are not made here.
        let fields: CodingsCSV.CodebookFields?

        init(codebook: Codebook, options: AnalysisOptions, makesRows: Bool) {
            empty = AnalysisAccumulator(codebook: codebook, options: options)
            fields = makesRows ? CodingsCSV.CodebookFields(codebook) : nil
        }

        func contribution(of document: CodedDocument) -> DocumentContribution {
            var analysis = empty
            let coded = document.unitCodings(empty.layout)
            analysis.addCounts(document, coded: coded)
            return DocumentContribution(
                analysis: analysis, unitCodings: coded,
                codingsRows: fields.map { CodingsCSV.rows(document, fields: $0) })
        }
    }
}

extension CorpusStream {
    /// The counting core: reads, codes and counts every document into `accumulator`, `jobs` documents at
    /// a time, and writes nothing; the analysis a run reports, without its files.
    /// - Returns: the documents read and every failure and warning, as ``forEach(_:)`` returns them.
    public func accumulate(into accumulator: inout AnalysisAccumulator) async throws -> CorpusOutcome {
        let maker = DocumentContribution.Maker(
            codebook: accumulator.codebook, options: accumulator.options, makesRows: false)
        return try await forEach(preparing: maker.contribution) { document, contribution in
            contribution.add(document, to: &accumulator)
        }
    }
}
