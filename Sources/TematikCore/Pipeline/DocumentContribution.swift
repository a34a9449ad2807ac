/// What a run keeps of one document besides its coded text, worked out on the task that read and coded
/// it: its rows of `codings.csv`. Its counts went into the run's ``AccumulatorPool`` on that task, so
/// the one task that writes the outputs only copies, and reading, coding and counting use every core.
struct DocumentContribution: Sendable {
    /// The document's rows of `codings.csv`, or `nil` when the rows must be made where the document is
    /// written (a pseudonymised run names speakers by pseudonyms given in document order).
    var codingsRows: [UInt8]?

    /// The contributions of documents coded with one codebook and options.
    struct Maker: Sendable {
        /// Where each document is counted.
        let pool: AccumulatorPool
        /// The codebook's fields of `codings.csv`, or `nil` when rows are not made here.
        let fields: CodingsCSV.CodebookFields?

        init(codebook: Codebook, options: AnalysisOptions, makesRows: Bool) {
            pool = AccumulatorPool(codebook: codebook, options: options)
            fields = makesRows ? CodingsCSV.CodebookFields(codebook) : nil
        }

        /// Counts `document` into the pool, with the coder's `tokens` of it when kept, and makes its rows.
        func contribution(of document: CodedDocument, tokens: CodedTokens?) -> DocumentContribution {
            pool.add(document, coded: document.unitCodings(pool.layout), tokens: tokens)
            return DocumentContribution(codingsRows: fields.map { CodingsCSV.rows(document, fields: $0) })
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
        let outcome = try await forEach(keepingTokens: true, preparing: maker.contribution) { _, _ in }
        accumulator.merge(maker.pool.merged())
        accumulator.sortRecords()
        return outcome
    }
}
