import Foundation

/// How one file was read, as `tematik inspect --json` prints it: `{"id", "format", "sha256", "encoding",
/// "segments": [{"index", "speaker", "role", "text", "start", "end"}], "warnings": [...]}`, with `null`
/// for a missing speaker or time.
public struct DocumentJSON: Encodable, Sendable {
    public var document: Document

    public init(_ document: Document) { self.document = document }

    private enum Key: String, CodingKey {
        case id, format, sha256, encoding, segments, warnings, attributes
        case index, speaker, role, text, start, end, line
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(document.id, forKey: .id)
        try container.encode(document.format.rawValue, forKey: .format)
        try container.encode(document.sha256, forKey: .sha256)
        try container.encode(document.encoding, forKey: .encoding)
        try container.encode(document.attributes, forKey: .attributes)
        var segments = container.nestedUnkeyedContainer(forKey: .segments)
        for segment in document.segments {
            var item = segments.nestedContainer(keyedBy: Key.self)
            try item.encode(segment.index, forKey: .index)
            try item.encode(segment.speaker, forKey: .speaker)
            try item.encode(segment.role.rawValue, forKey: .role)
            try item.encode(segment.text, forKey: .text)
            try item.encode(segment.line, forKey: .line)
            try item.encode(segment.start, forKey: .start)
            try item.encode(segment.end, forKey: .end)
        }
        try container.encode(document.warnings.map(\.description), forKey: .warnings)
    }

    /// The JSON text: keys sorted, indented, `/` unescaped, ending in a newline.
    public func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
