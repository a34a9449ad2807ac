/// Layout helpers for SVG charts, which cannot measure text: widths are estimated from character counts.
enum SVGText {
    /// Approximate width of `text` in pixels at `size` pixels in a sans-serif font.
    static func width(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.6 }

    /// `text` cut to at most `limit` characters with an ellipsis, so long labels do not run into the plot.
    static func truncated(_ text: String, limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A coordinate for an SVG attribute: at most one decimal, never `-0`.
    static func n(_ value: Double) -> String {
        let text = NumberFormat.fixed(value, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// About five round tick values from 0 to at least `maximum` (steps of 1, 2 or 5 times a power of ten).
    static func ticks(upTo maximum: Double) -> [Double] {
        guard maximum.isFinite, maximum > 0 else { return [0, 1] }
        let rough = maximum / 5
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        let step = [1.0, 2.0, 5.0, 10.0].map { $0 * power }.first { $0 >= rough } ?? power * 10
        var ticks: [Double] = [0]
        while let last = ticks.last, last < maximum - step * 1e-9 { ticks.append(last + step) }
        return ticks
    }
}
