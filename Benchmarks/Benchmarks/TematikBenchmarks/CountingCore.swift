import Benchmark
import Foundation
import TematikCore

/// The counting core over a whole corpus folder: read, segment, tokenize, code, count and co-occur,
/// writing no files. The folder is `TEMATIK_BENCH_CORPUS` (default: the demo corpus), the codebook
/// `TEMATIK_BENCH_CODEBOOK` (default: `Codebooks/ai-kommuner.yaml`), the width `TEMATIK_BENCH_JOBS`
/// (default: the active cores). Reports MB/s of input files as the custom metric `MB/s`.
///
/// Not in `Thresholds/`: its input depends on the environment.
enum CountingCore {
    static func register() {
        let environment = ProcessInfo.processInfo.environment
        let root = SampleText.repositoryRoot
        let corpus = URL(
            fileURLWithPath: environment["TEMATIK_BENCH_CORPUS"] ?? root.appendingPathComponent("Corpus").path)
        let codebookURL = URL(
            fileURLWithPath: environment["TEMATIK_BENCH_CODEBOOK"]
                ?? root.appendingPathComponent("Codebooks/ai-kommuner.yaml").path)
        let jobs = environment["TEMATIK_BENCH_JOBS"].flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
        guard let codebook = try? CodebookLoader.load(codebookURL) else { return }
        let bytes = corpusBytes(corpus)
        let coder = Coder(codebook: codebook)
        let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
        Benchmark(
            "CountingCore-\(corpus.lastPathComponent)-jobs-\(jobs)",
            configuration: .init(
                metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, megabytesPerSecond],
                warmupIterations: 0, maxDuration: .seconds(20), maxIterations: 3, thresholds: [:])
        ) { benchmark in
            let clock = ContinuousClock()
            let start = clock.now
            // The pipeline's streaming path: documents are read, coded and counted `jobs` at a time and
            // merged into one accumulator in document order, so memory does not grow with the corpus.
            // On Dispatch's threads, not the cooperative pool, which the harness holds one thread of.
            try await withTaskExecutorPreference(DispatchTaskExecutor.shared) {
                let stream = try CorpusStream(root: corpus, reading: ReadOptions(), coder: coder, jobs: jobs)
                var accumulator = AnalysisAccumulator(codebook: codebook)
                blackHole(try await stream.accumulate(into: &accumulator))
                blackHole(accumulator.result())
            }
            let seconds = (clock.now - start) / .seconds(1)
            benchmark.measurement(megabytesPerSecond, Int(Double(bytes) / 1e6 / seconds))
        }
    }

    /// The size of the files in `folder` and below, links followed (a corpus of links to the bench files).
    private static func corpusBytes(_ folder: URL) -> Int {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
        var total = 0
        while let url = files?.nextObject() as? URL {
            total += (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        return total
    }
}
