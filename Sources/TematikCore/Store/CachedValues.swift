import Foundation

/// The cached form of a read ``Document``, encoded as compact JSON with one-letter keys.
///
/// Attributes are left out on purpose: they come from `metadata.csv`, which can change while the
/// transcript does not, so the caller sets them again after a hit.
struct CachedDocument: Codable {
    var f: DocumentFormat
    var e: String
    var s: [CachedSegment]
    var w: [Diagnostic]

    init(_ document: Document) {
        f = document.format
        e = document.encoding
        s = document.segments.map(CachedSegment.init)
        w = document.warnings
    }

    func document(id: String, sha256: String) -> Document {
        Document(id: id, format: f, sha256: sha256, encoding: e, segments: s.map(\.segment), warnings: w)
    }
}

/// The cached form of a ``Segment``.
struct CachedSegment: Codable {
    var i: Int
    var p: String?
    var r: Role
    var t: String
    var l: Int
    var a: Double?
    var b: Double?

    init(_ segment: Segment) {
        (i, p, r, t, l, a, b) = (
            segment.index, segment.speaker, segment.role, segment.text, segment.line,
            segment.start, segment.end
        )
    }

    var segment: Segment { Segment(index: i, speaker: p, role: r, text: t, line: l, start: a, end: b) }
}

/// The cached coding of a document: what ``CodedDocument`` adds to the ``Document``.
struct CachedCoding: Codable {
    /// Word counts per segment.
    var w: [Int]
    /// Unit flags per segment.
    var u: [Bool]
    /// Codings as flat rows `[segment, code, pattern, token start, token end, byte start, byte end]`.
    var c: [[Int]]

    init(_ coded: CodedDocument) {
        w = coded.wordCounts
        u = coded.isUnit
        c = coded.codings.map {
            [
                $0.segment, $0.code, $0.pattern, $0.tokens.lowerBound, $0.tokens.upperBound, $0.bytes.lowerBound,
                $0.bytes.upperBound,
            ]
        }
    }

    /// The coded document, or `nil` when a row is malformed (then the entry is treated as a miss).
    func coded(_ document: Document) -> CodedDocument? {
        var codings: [Coding] = []
        codings.reserveCapacity(c.count)
        for row in c {
            guard row.count == 7, row[3] <= row[4], row[5] <= row[6] else { return nil }
            codings.append(
                Coding(
                    segment: row[0], code: row[1], pattern: row[2], tokens: row[3]..<row[4],
                    bytes: row[5]..<row[6]))
        }
        guard w.count == document.segments.count, u.count == document.segments.count else { return nil }
        return CodedDocument(document: document, wordCounts: w, isUnit: u, codings: codings)
    }
}
