/// One stretch of text to hide and what to show instead, in `Character` offsets of the text scanned.
struct MaskSpan: Hashable, Sendable {
    var range: Range<Int>
    var replacement: String

    /// Keeps the earliest span where spans overlap, the longer one where two start together, so a span
    /// never cuts through another.
    static func resolve(_ spans: [MaskSpan]) -> [MaskSpan] {
        let sorted = spans.sorted {
            if $0.range.lowerBound != $1.range.lowerBound { return $0.range.lowerBound < $1.range.lowerBound }
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            return $0.replacement < $1.replacement
        }
        var kept: [MaskSpan] = []
        for span in sorted where span.range.lowerBound >= (kept.last?.range.upperBound ?? 0) {
            kept.append(span)
        }
        return kept
    }
}
