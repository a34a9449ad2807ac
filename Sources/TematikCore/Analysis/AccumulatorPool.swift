import Foundation

/// Accumulators that concurrent tasks add documents to, one task per accumulator at a time, merged into
/// one when the documents are all in (``merged()``).
///
/// A task takes a free accumulator, or a new one when all are taken, so there are never more than the
/// tasks that ran at once, and each grows its tables (words, pairs of codes) once for the corpus rather
/// than once per document. Which task gets which accumulator does not show: every count adds up and the
/// records are sorted when merged, so the merged accumulator is the same for any number of tasks.
final class AccumulatorPool: @unchecked Sendable {
    private let empty: AnalysisAccumulator
    private let lock = NSLock()
    private var free: [AnalysisAccumulator] = []

    /// A pool of accumulators for `codebook` and `options`, none made yet.
    init(codebook: Codebook, options: AnalysisOptions) {
        empty = AnalysisAccumulator(codebook: codebook, options: options)
    }

    /// The layout the pool's accumulators code with.
    var layout: CodeLayout { empty.layout }

    /// Adds `document` to a free accumulator (``AnalysisAccumulator/add(_:coded:tokens:)``).
    func add(_ document: CodedDocument, coded: [SegmentCodings], tokens: CodedTokens?) {
        var accumulator = lock.withLock { free.popLast() } ?? empty
        accumulator.add(document, coded: coded, tokens: tokens)
        lock.withLock { free.append(accumulator) }
    }

    /// Every accumulator of the pool merged into one, its records in document-id order; the pool is left
    /// empty.
    /// - Precondition: no ``add(_:coded:tokens:)`` is running.
    func merged() -> AnalysisAccumulator {
        var taken = lock.withLock {
            defer { free = [] }
            return free
        }
        var accumulator = taken.popLast() ?? empty
        for other in taken { accumulator.merge(other) }
        accumulator.sortRecords()
        return accumulator
    }
}
