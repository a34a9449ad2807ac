/// The cached form of a read ``Document``, in the layout of ``CacheBytesWriter``.
///
/// Its id and SHA-256 are the entry's keys, so they are not repeated. Attributes are left out on
/// purpose: they come from `metadata.csv`, which can change while the transcript does not, so the
/// caller sets them again after a hit.
enum CachedDocument {
    static func bytes(of document: Document) -> [UInt8] {
        var writer = CacheBytesWriter()
        writer.text(document.format.rawValue)
        writer.text(document.encoding)
        writer.int(document.segments.count)
        for segment in document.segments {
            writer.int(segment.index)
            writer.text(segment.speaker)
            writer.text(segment.role.rawValue)
            writer.text(segment.text)
            writer.int(segment.line)
            writer.real(segment.start)
            writer.real(segment.end)
        }
        writer.int(document.warnings.count)
        for warning in document.warnings {
            writer.text(warning.severity.rawValue)
            writer.text(warning.location.file)
            writer.int(warning.location.line)
            writer.int(warning.location.column)
            writer.text(warning.problem)
            writer.text(warning.fix)
        }
        return writer.bytes
    }

    /// The document stored as `bytes` under `id` and `sha256`, or `nil` when they are malformed.
    static func document(from bytes: [UInt8], id: String, sha256: String) -> Document? {
        var reader = CacheBytesReader(bytes)
        return try? reader.document(id: id, sha256: sha256)
    }
}

/// The cached coding of a document, what ``CodedDocument`` adds to the ``Document``, in the layout of
/// ``CacheBytesWriter``: word counts and unit flags per segment, then the codings.
enum CachedCoding {
    static func bytes(of coded: CodedDocument) -> [UInt8] {
        var writer = CacheBytesWriter()
        writer.int(coded.wordCounts.count)
        for count in coded.wordCounts { writer.int(count) }
        writer.int(coded.isUnit.count)
        for isUnit in coded.isUnit { writer.bool(isUnit) }
        writer.int(coded.codings.count)
        for coding in coded.codings {
            writer.int(coding.segment)
            writer.int(coding.code)
            writer.int(coding.pattern)
            writer.int(coding.tokens.lowerBound)
            writer.int(coding.tokens.upperBound)
            writer.int(coding.bytes.lowerBound)
            writer.int(coding.bytes.upperBound)
        }
        return writer.bytes
    }

    /// `document` coded as stored in `bytes`, or `nil` when they are malformed or do not fit it (then the
    /// entry is treated as a miss).
    static func coded(from bytes: [UInt8], document: Document) -> CodedDocument? {
        var reader = CacheBytesReader(bytes)
        return try? reader.coding(of: document)
    }
}

extension CacheBytesReader {
    fileprivate mutating func document(id: String, sha256: String) throws -> Document {
        guard let format = DocumentFormat(rawValue: try text()) else { throw Malformed() }
        let encoding = try text()
        var segments: [Segment] = []
        for _ in 0..<(try count()) {
            let index = try int()
            let speaker = try optionalText()
            guard let role = Role(rawValue: try text()) else { throw Malformed() }
            segments.append(
                Segment(
                    index: index, speaker: speaker, role: role, text: try text(), line: try int(), start: try real(),
                    end: try real()))
        }
        var warnings: [Diagnostic] = []
        for _ in 0..<(try count()) {
            guard let severity = Diagnostic.Severity(rawValue: try text()) else { throw Malformed() }
            let location = SourceLocation(file: try text(), line: try optionalInt(), column: try optionalInt())
            warnings.append(Diagnostic(severity, location, try text(), fix: try text()))
        }
        guard isAtEnd else { throw Malformed() }
        return Document(
            id: id, format: format, sha256: sha256, encoding: encoding, segments: segments, warnings: warnings)
    }

    fileprivate mutating func coding(of document: Document) throws -> CodedDocument {
        let wordCounts = try (0..<(try count())).map { _ in try int() }
        let isUnit = try (0..<(try count())).map { _ in try bool() }
        var codings: [Coding] = []
        for _ in 0..<(try count()) {
            let (segment, code, pattern) = (try int(), try int(), try int())
            let (tokenStart, tokenEnd, byteStart, byteEnd) = (try int(), try int(), try int(), try int())
            guard tokenStart <= tokenEnd, byteStart <= byteEnd else { throw Malformed() }
            codings.append(
                Coding(
                    segment: segment, code: code, pattern: pattern, tokens: tokenStart..<tokenEnd,
                    bytes: byteStart..<byteEnd))
        }
        guard isAtEnd, wordCounts.count == document.segments.count, isUnit.count == document.segments.count
        else { throw Malformed() }
        return CodedDocument(document: document, wordCounts: wordCounts, isUnit: isUnit, codings: codings)
    }
}
