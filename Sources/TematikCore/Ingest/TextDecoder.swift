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
            if let nul = bytes.firstOffset(of: 0, in: 0..<min(bytes.count, 8192)) {
                throw Diagnostic(
                    .error, file, "binary file: NUL byte at offset \(nul), so this is not a text file",
                    fix: "Export the transcript as plain text (.txt), or give it the extension of its real format.")
            }
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = UnsafeRawBufferPointer(rebasing: bytes[(hasBOM ? 3 : 0)...])
            // Valid UTF-8, the common case, is checked once, by making the string.
            if let text = String(validating: body, as: UTF8.self) {
                decoded = DecodedText(text: normalized(text), encoding: hasBOM ? "UTF-8 (BOM)" : "UTF-8")
                return try nonEmpty(decoded, file: file)
            } else {
                let offset = UTF8Validator.firstInvalidOffset(in: body) ?? 0
                let position = lineAndColumn(of: offset, in: body)
                let shownOffset = offset + (hasBOM ? 3 : 0)
                let warning = Diagnostic(
                    .warning, SourceLocation(file: path, line: position.line, column: position.column),
                    "not valid UTF-8 (byte 0x\(String(body[offset], radix: 16, uppercase: true)) at offset "
                        + "\(shownOffset)); read as Windows-1252",
                    fix: "Save the file as UTF-8 so that every character is read as written.")
                decoded = DecodedText(text: Windows1252.decode(body), encoding: "Windows-1252", warnings: [warning])
            }
        }
        decoded.text = normalized(decoded.text)
        return try nonEmpty(decoded, file: file)
    }

    /// `decoded`, unless its text is only white space.
    private static func nonEmpty(_ decoded: DecodedText, file: SourceLocation) throws -> DecodedText {
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
    ///
    /// Most transcripts need neither step, so both are skipped when a scan of the bytes shows they are not
    /// needed, and `text` is returned as it is: without a CR there is nothing to turn, and text is already
    /// in NFC when each of its code points is below U+0300 (all of them starters in NFC that compose with
    /// nothing before them) or is one of ``inertPunctuation``, which are the same kind. Foundation's
    /// normalisation, which costs more than everything else in reading a file, runs only on text that may
    /// need it.
    /// - Complexity: O(*n*) in the byte count: one pass to check, and a copy only when a step is needed.
    static func normalized(_ text: String) -> String {
        var text = text
        let (hasCR, mayNeedNFC) = text.withUTF8 { scan(UnsafeRawBufferPointer($0)) }
        if hasCR {
            text = text.withUTF8 { String(decoding: linesEndingInLF(UnsafeRawBufferPointer($0)), as: UTF8.self) }
        }
        return mayNeedNFC ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Whether the UTF-8 `bytes` hold a CR, and whether they may not be in NFC (see ``normalized(_:)``).
    ///
    /// Eight bytes at a time while none of them is a lead byte of a code point at or above U+0300 (0xCC
    /// and up): Swedish text (`å`, `ä`, `ö` are 0xC3 and a continuation byte) stays on that path.
    private static func scan(_ bytes: UnsafeRawBufferPointer) -> (hasCR: Bool, mayNeedNFC: Bool) {
        var hasCR = false
        var mayNeedNFC = false
        var index = 0
        let count = bytes.count
        while index < count, !(hasCR && mayNeedNFC) {
            if index + 8 <= count {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if mayNeedNFC || !hasByte(atLeast0xCC: word) {
                    if hasByte(word, equalTo: 0x0D) { hasCR = true }
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r") {
                hasCR = true
            } else if byte >= 0xCC, !mayNeedNFC {
                if isInertPunctuation(bytes, at: index - 1) {
                    index += 2
                } else {
                    mayNeedNFC = true
                }
            }
        }
        return (hasCR, mayNeedNFC)
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, equalTo byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let matches = word ^ (ones &* UInt64(byte))
        return (matches &- ones) & ~matches & 0x8080_8080_8080_8080 != 0
    }

    /// Whether one of the eight bytes of `word` is 0xCC or more: its high bit is set, and its low seven
    /// bits plus 0x34 reach 0x80 (they stay within the byte, since 0x7F + 0x34 < 0x100).
    @inline(__always)
    private static func hasByte(atLeast0xCC word: UInt64) -> Bool {
        let low = (word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434
        return low & word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether the bytes at `index` encode a code point of ``inertPunctuation`` (see ``normalized(_:)``).
    private static func isInertPunctuation(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index + 2 < bytes.count, bytes[index] == 0xE2 else { return false }
        let scalar = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        return inertPunctuation.contains { $0.contains(scalar) }
    }

    /// Code points at or above U+0300 that are starters in NFC that compose with nothing before them
    /// (Unicode `NFC_Quick_Check=Yes`, combining class 0): dashes, quotes, ellipsis, super- and
    /// subscripts (`CO₂`), currency signs, arrows and mathematical operators. U+2000 and U+2001 are not
    /// among them, for NFC maps them to U+2002 and U+2003.
    private static let inertPunctuation: [ClosedRange<UInt32>] = [
        0x2002...0x2064, 0x2066...0x2071, 0x2074...0x208E, 0x2090...0x209C, 0x20A0...0x20C0, 0x2190...0x2328,
    ]

    /// `bytes` with CRLF and lone CR turned into LF.
    private static func linesEndingInLF(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == UInt8(ascii: "\r") {
                result.append(UInt8(ascii: "\n"))
                previousWasCR = true
                continue
            }
            if byte == UInt8(ascii: "\n"), previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.append(byte)
        }
        return result
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
