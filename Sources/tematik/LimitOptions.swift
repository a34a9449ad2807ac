import ArgumentParser
import TematikCore

/// The bounds on what one input file may hold (``ReadLimits``, ``ZipLimits``); a file past one is an
/// error for that file only. Shared by every command that reads transcripts.
struct LimitOptions: ParsableArguments {
    @Option(
        name: .customLong("max-file-mib"),
        help: "Largest transcript file, in MiB; a larger file is refused without being read.")
    var maxFileMiB = ReadLimits.default.maxFileSize >> 20

    @Option(name: .customLong("max-entry-mib"), help: "Largest uncompressed size of one entry in a .docx/.odt, in MiB.")
    var maxEntryMiB = ZipLimits.default.maxEntrySize >> 20

    @Option(
        name: .customLong("max-compression-ratio"),
        help: "Largest compression ratio of one entry in a .docx/.odt (zip-bomb guard).")
    var maxCompressionRatio = ZipLimits.default.maxCompressionRatio

    @Option(name: .customLong("max-zip-entries"), help: "Most entries in a .docx/.odt ZIP archive.")
    var maxZipEntries = ZipLimits.default.maxEntries

    @Option(
        name: .customLong("max-xml-depth"), help: "Deepest XML nesting in a .docx/.odt (libxml2 allows at most 2048).")
    var maxXMLDepth = ReadLimits.default.maxXMLDepth

    @Option(name: .customLong("max-xml-nodes"), help: "Most XML nodes in a .docx/.odt part.")
    var maxXMLNodes = ReadLimits.default.maxXMLNodes

    @Option(name: .customLong("max-segments"), help: "Most segments (speaker turns) in one document.")
    var maxSegments = ReadLimits.default.maxSegments

    @Option(name: .customLong("max-line-kib"), help: "Longest line of a text or subtitle file, in KiB.")
    var maxLineKiB = ReadLimits.default.maxLineLength >> 10

    @Option(name: .customLong("max-segment-tokens"), help: "Most tokens in one segment.")
    var maxSegmentTokens = ReadLimits.default.maxTokensPerSegment

    /// The ZIP limits these flags give.
    var zipLimits: ZipLimits {
        ZipLimits(maxEntrySize: maxEntryMiB << 20, maxCompressionRatio: maxCompressionRatio, maxEntries: maxZipEntries)
    }

    /// The read limits these flags give.
    var readLimits: ReadLimits {
        ReadLimits(
            maxFileSize: maxFileMiB << 20, maxXMLDepth: maxXMLDepth, maxXMLNodes: maxXMLNodes,
            maxSegments: maxSegments, maxLineLength: maxLineKiB << 10, maxTokensPerSegment: maxSegmentTokens)
    }

    func validate() throws {
        let values = [
            ("--max-file-mib", maxFileMiB), ("--max-entry-mib", maxEntryMiB),
            ("--max-compression-ratio", maxCompressionRatio), ("--max-zip-entries", maxZipEntries),
            ("--max-xml-depth", maxXMLDepth), ("--max-xml-nodes", maxXMLNodes), ("--max-segments", maxSegments),
            ("--max-line-kib", maxLineKiB), ("--max-segment-tokens", maxSegmentTokens),
        ]
        for (flag, value) in values where value <= 0 {
            throw ValidationError("\(flag) must be positive.")
        }
    }
}
