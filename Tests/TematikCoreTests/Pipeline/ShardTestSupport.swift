import Foundation

@testable import TematikCore

/// Runs a corpus whole and in shards, for the merge tests.
enum ShardTestSupport {
    static let codebook = Paths.root.appendingPathComponent("Codebooks/ai-kommuner.yaml")

    /// The options of a run of `corpus` into `output`, sharded when `shard` is given.
    static func options(
        _ corpus: URL, _ output: URL, shard: ShardSpec? = nil, codebook: URL = codebook,
        unit: CoUnit = .segment
    ) -> RunOptions {
        var analysis = AnalysisOptions()
        analysis.unit = unit
        return RunOptions(
            corpus: corpus, codebook: codebook, output: output, analysis: analysis, jobs: 2,
            shard: shard)
    }

    /// Runs every shard of `count` into `folder/shard-i`, and returns the partial folders.
    static func runShards(_ corpus: URL, count: Int, into folder: URL) async throws -> [URL] {
        var partials: [URL] = []
        for index in 0..<count {
            let output = folder.appendingPathComponent("shard-\(index)")
            _ = try await Pipeline.run(options(corpus, output, shard: ShardSpec(index: index, count: count)))
            partials.append(output)
        }
        return partials
    }

    /// Every file under `folder` with its bytes, by path relative to `folder`.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard !url.hasDirectoryPath else { continue }
            files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// A small corpus with what belongs to single documents (warnings, a failure) and to the corpus as a
    /// whole (a folder named like a document, a skipped file, a `metadata.csv` row without a file).
    static func fixtureCorpus(in folder: TemporaryFolder) throws -> URL {
        let turns = [
            "Vi saknar kompetens och behöver utbildning i AI-strategin.",
            "Dataskydd och GDPR styr hur vi använder chattbotar.",
            "Kompetensbrist är vårt största hinder; vi köper in konsulter.",
            "Ledningen vill se AI:s nytta innan vi investerar.",
        ]
        var metadata = "file,size\n"
        for index in 0..<14 {
            let name = index % 3 == 0 ? "del-\(index % 2)/intervju-\(index).txt" : "intervju-\(index).txt"
            let text = (0...(index % 4)).map { "Intervjuare: Fråga \($0)?\nR: \(turns[($0 + index) % 4])\n" }
            try folder.write("corpus/" + name, text.joined())
            metadata += "\(name),\(index % 2 == 0 ? "liten" : "stor")\n"
        }
        // Byte 0x97 alone is not UTF-8: the file is read as Windows-1252, with a warning.
        try folder.write("corpus/latin1.txt", Data("R: Vi saknar kompetens ".utf8 + [0x97] + " helt.\n".utf8))
        try folder.write("corpus/empty.txt", Data())
        try folder.write("corpus/notes.pdf", "not a transcript")
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("corpus/folder.docx"),
            withIntermediateDirectories: true)
        try folder.write("corpus/metadata.csv", metadata + "saknas.txt,liten\n")
        return folder.url.appendingPathComponent("corpus")
    }
}
