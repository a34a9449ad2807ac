/// The analysis stage: counts, comparisons, co-occurrence, exemplars and the codebook audit of a coded
/// corpus. Pure and deterministic: the same input gives the same result, whatever order it came in.
public enum Analysis {
    /// Analyses a coded corpus held in memory: every document through one ``AnalysisAccumulator``.
    ///
    /// The units of analysis are the segments ``CodedDocument/isUnit`` marks, coded or not; every rate and
    /// every co-occurrence N is over all of them. Codings on other segments, or with a code index outside
    /// the codebook, are ignored. Documents are taken in document-id order (byte order).
    /// - Parameters:
    ///   - documents: The coded documents (ids unique).
    ///   - codebook: The codebook the documents were coded with; ``Coding/code`` indexes its ``Codebook/codes``.
    ///   - options: The co-occurrence unit and the sizes of the lists.
    /// - Complexity: that of ``AnalysisAccumulator/add(_:)`` for every document.
    public static func analyze(
        _ documents: [CodedDocument], codebook: Codebook, options: AnalysisOptions = AnalysisOptions()
    ) -> AnalysisResult {
        var accumulator = AnalysisAccumulator(codebook: codebook, options: options)
        for document in documents { accumulator.add(document) }
        return accumulator.result()
    }
}
