import Benchmark
import Foundation
import TematikCore

/// The benchmarks of the hot stages. Each iteration of the text benchmarks handles the whole sample
/// (about 1 MB), so their throughput (iterations per second) reads as MB/s.
///
/// Names hold no spaces or slashes: package-benchmark writes a threshold file under the name with those
/// replaced by `_` but looks it up under the name as it is, so only such names find their thresholds.
///
/// CI checks allocation counts only (`Thresholds/`): wall time on shared machines is too noisy to
/// fail a build on, but an allocation per token or per segment shows up as a jump in the count.
let benchmarks: @Sendable () -> Void = {
    let sample = SampleText.load()
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 50,
        // A check fails when a count moves, either way, by more than 20 % or by more than 1,000
        // allocations. Counts move from run to run by a few allocations in the small ones and by a few
        // dozen in the large ones (runtime and thread start-up), so both limits leave room for that; an
        // allocation per token or per segment adds thousands to a pass over the sample and still fails.
        thresholds: [.mallocCountTotal: .init(relative: [.p90: 20], absolute: [.p90: 1_000])]
    )

    Benchmark("Tokenizer") { benchmark in
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
        Benchmark("TokenizeAndMatch-\(patterns)-patterns-\(codes)-codes") { benchmark in
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
        Benchmark("DocxTextExtraction") { _ in
            blackHole(try OfficeReader.paragraphs(from: docx, format: .docx, path: "benchmark.docx"))
        }
    }

    // 1.79 MB of WebVTT per iteration: its MB/s is 1.79 times its throughput.
    let webVTT = WebVTTSample.make(sample.segments)
    Benchmark("WebVTTReading") { _ in
        blackHole(try SubtitleReader.read(webVTT, path: "benchmark.vtt", format: .vtt, roles: SpeakerRoles()))
    }

    let hundredCodes = PatternCodebook.make(patterns: 500, codes: 100, vocabulary: vocabulary)
    let coded = CodedSample.make(sample, codebook: hundredCodes)
    Benchmark("AnalysisSegmentCooccurrence-100-codes") { _ in
        blackHole(Analysis.analyze(coded, codebook: hundredCodes))
    }

    CountingCore.register()
}
