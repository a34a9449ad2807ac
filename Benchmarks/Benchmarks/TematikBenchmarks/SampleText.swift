import Foundation
import TematikCore

/// The text the benchmarks run on: the `.txt` transcripts of the demo corpus, one line per segment,
/// repeated until there is at least a megabyte (10^6 bytes) of it.
///
/// Real Swedish interview text, read from the repository, so that every machine measures the same bytes.
struct SampleText: Sendable {
    /// The segments (non-empty lines), in corpus order, repeated.
    let segments: [String]
    /// Their UTF-8 length in all.
    let bytes: Int

    /// The repository's root folder, found from this file's place in it.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The demo corpus's lines, repeated to `minimumBytes`.
    static func load(minimumBytes: Int = 1_000_000) -> SampleText {
        let corpus = repositoryRoot.appendingPathComponent("Corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        let lines = names.filter { $0.hasSuffix(".txt") }.sorted().flatMap { name -> [String] in
            let text = (try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        precondition(!lines.isEmpty, "no .txt transcripts in \(corpus.path)")
        var segments: [String] = []
        var bytes = 0
        while bytes < minimumBytes {
            for line in lines {
                segments.append(line)
                bytes += line.utf8.count
            }
        }
        return SampleText(segments: segments, bytes: bytes)
    }

    /// The distinct folded words of the text, most frequent first (ties in byte order).
    func vocabulary() -> [String] {
        var counts: [String: Int] = [:]
        var buffer = TokenBuffer()
        for segment in segments {
            buffer.tokenize(segment)
            for index in 0..<buffer.count { counts[buffer.foldedString(at: index), default: 0] += 1 }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
