import Benchmark
import Foundation
import TematikCore

/// The benchmarks of the hot stages. Each iteration of the text benchmarks handles the whole sample
/// (about 1 MB), so their throughput (iterations per second) reads as MB/s.
///
/// CI checks allocation counts only (`Thresholds/`): wall time on shared machines is too noisy to
/// fail a build on, but an allocation per token or per segment shows up as a jump in the count.
let benchmarks: @Sendable () -> Void = {
    let sample = SampleText.load()
    let megabytes = Double(sample.bytes) / 1e6
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 50,
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 5], absolute: [.p90: 20])]
    )

    Benchmark("Tokenizer, \(String(format: "%.2f", megabytes)) MB per iteration") { benchmark in
        var buffer = TokenBuffer()
        var tokens = 0
        for segment in sample.segments {
            buffer.tokenize(segment)
            tokens += buffer.count
        }
        blackHole(tokens)
    }

    let vocabulary = sample.vocabulary()
    for (patterns, codes) in [(10, 5), (100, 20), (10_000, 100)] {
        let matcher = Matcher(codebook: PatternCodebook.make(patterns: patterns, codes: codes, vocabulary: vocabulary))
        Benchmark("Tokenize and match, \(patterns) patterns, \(codes) codes, MB per iteration") { benchmark in
            var buffer = MatchBuffer()
            var codings: [Coding] = []
            for (index, segment) in sample.segments.enumerated() {
                matcher.codings(inSegmentText: segment, segment: index, into: &codings, buffer: &buffer)
                codings.removeAll(keepingCapacity: true)
            }
            blackHole(codings)
        }
    }

    if let docx = try? DocxSample.make(sample.segments) {
        Benchmark("Docx text extraction, \(String(format: "%.2f", megabytes)) MB of text per iteration") { _ in
            blackHole(try OfficeReader.paragraphs(from: docx, format: .docx, path: "benchmark.docx"))
        }
    }

    let hundredCodes = PatternCodebook.make(patterns: 500, codes: 100, vocabulary: vocabulary)
    let coded = CodedSample.make(sample, codebook: hundredCodes)
    Benchmark("Analysis with segment co-occurrence, 100 codes, MB per iteration") { _ in
        blackHole(Analysis.analyze(coded, codebook: hundredCodes))
    }

    CountingCore.register()
}
