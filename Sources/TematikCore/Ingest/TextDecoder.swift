import Foundation

/// Text decoded from a file's bytes, in NFC with every line end as `\n`.
public struct DecodedText: Hashable, Sendable {
    /// The text, without a byte order mark.
    public var text: String
    /// The encoding it was read as: `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `UTF-16BE` or `Windows-1252`.
    public var encoding: String
    /// Problems that did not stop the text from being read (a Windows-1252 fallback, a broken UTF-16 tail).
    public var warnings: [Diagnostic]

    /// Creates a value from its parts.
    public init(text: String, encoding: String, warnings: [Diagnostic] = []) {
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
    }
}

/// Turns the bytes of a text file (.txt, .md, .vtt, .srt, metadata.csv) into a `String`.
///
/// Rules, in order:
/// - A UTF-16 byte order mark (`FF FE` or `FE FF`) selects UTF-16LE or UTF-16BE.
/// - NUL bytes in the first 8 KB without a UTF-16 BOM mean a binary file: an error.
/// - A UTF-8 BOM (`EF BB BF`) or valid UTF-8 selects UTF-8.
/// - Anything else is read as Windows-1252 (the full table, 0x80–0x9F included) with a warning that
///   names the first byte that is not UTF-8, so that a mis-decoded file never passes silently.
/// - A file with no bytes, or only a BOM and white space, is an error: there is nothing to analyse.
///
/// CRLF, lone CR and LF all become `\n`; the result is in Unicode Normalization Form C, so that a
/// decomposed `å` from a Mac equals the composed one.
public enum TextDecoder {
    /// Decodes `data`, the bytes of the file shown to the user as `path`.
    /// - Throws: a ``Diagnostic`` naming `path` for an empty or binary file.
    public static func decode(_ data: Data, path: String) throws -> DecodedText {
        try data.withUnsafeBytes { try decode(bytes: $0, path: path) }
    }

    private static func decode(bytes: UnsafeRawBufferPointer, path: String) throws -> DecodedText {
        let file = SourceLocation(file: path)
        var decoded: DecodedText
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            decoded = decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, path: path)
        } else {
            if let nul = bytes.prefix(8192).firstIndex(of: 0) {
                throw Diagnostic(
                    .error, file, "binary file: NUL byte at offset \(nul), so this is not a text file",
                    fix: "Export the transcript as plain text (.txt), or give it the extension of its real format.")
            }
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = UnsafeRawBufferPointer(rebasing: bytes[(hasBOM ? 3 : 0)...])
            if let offset = UTF8Validator.firstInvalidOffset(in: body) {
                let position = lineAndColumn(of: offset, in: body)
                let shownOffset = offset + (hasBOM ? 3 : 0)
                let warning = Diagnostic(
                    .warning, SourceLocation(file: path, line: position.line, column: position.column),
                    "not valid UTF-8 (byte 0x\(String(body[offset], radix: 16, uppercase: true)) at offset "
                        + "\(shownOffset)); read as Windows-1252",
                    fix: "Save the file as UTF-8 so that every character is read as written.")
                decoded = DecodedText(text: Windows1252.decode(body), encoding: "Windows-1252", warnings: [warning])
            } else {
                decoded = DecodedText(
                    text: String(decoding: body, as: UTF8.self), encoding: hasBOM ? "UTF-8 (BOM)" : "UTF-8")
            }
        }
        decoded.text = normalized(decoded.text)
        if decoded.text.allSatisfy(\.isWhitespace) {
            throw Diagnostic(.error, file, "file is empty", fix: "Add the transcript's text, or remove the file.")
        }
        return decoded
    }

    private static func decodeUTF16(_ bytes: UnsafeRawBufferPointer, bigEndian: Bool, path: String) -> DecodedText {
        let body = bytes.dropFirst(2)
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var warnings: [Diagnostic] = []
        if body.count % 2 == 1 {
            warnings.append(
                Diagnostic(
                    .warning, SourceLocation(file: path),
                    "UTF-16 file has an odd number of bytes; the last byte is ignored",
                    fix: "Save the file again; it may have been cut short."))
        }
        let encoding = bigEndian ? "UTF-16BE" : "UTF-16LE"
        return DecodedText(text: String(decoding: units, as: UTF16.self), encoding: encoding, warnings: warnings)
    }

    /// `text` with CRLF and CR turned into LF, in NFC.
    static func normalized(_ text: String) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\r") {
                bytes.append(UInt8(ascii: "\n"))
                previousWasCR = true
                continue
            }
            if byte == UInt8(ascii: "\n"), previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
    }

    /// The 1-based line and byte column of `offset`, for a warning an editor can jump to.
    private static func lineAndColumn(of offset: Int, in bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
