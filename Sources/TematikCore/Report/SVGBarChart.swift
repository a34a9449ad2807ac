/// A horizontal bar chart as inline SVG: one bar per label, value printed at the bar's end, a titled
/// value axis with round ticks. Horizontal bars keep long theme labels readable.
struct SVGBarChart {
    /// One bar.
    struct Bar {
        var label: String
        var value: Double
        /// The value as the reader sees it at the end of the bar (`42,9 %`).
        var valueText: String
        /// A `#rrggbb` colour (already checked, see ``Palette/color(_:index:)``).
        var color: String
    }

    /// An id unique in the page, for `aria-labelledby`.
    var id: String
    var title: String
    var axisLabel: String
    var bars: [Bar]
    /// Formats an axis tick (`25`, `1,5`).
    var tickText: (Double) -> String
    /// The axis maximum; the largest value when `nil`.
    var maximum: Double?

    /// The chart's `<svg>` element.
    func render() -> String {
        let width = 560.0
        let labelWidth =
            min(
                190,
                max(
                    60,
                    bars.map { SVGText.width(SVGText.truncated($0.label, limit: 32), size: 12) }
                        .max() ?? 60)) + 16
        let barHeight = 20.0, gap = 8.0, top = 34.0, bottom = 46.0
        let plotLeft = labelWidth, plotRight = width - 56
        let ticks = SVGText.ticks(upTo: maximum ?? bars.map(\.value).max() ?? 0)
        let axisTop = ticks.last ?? 1
        let plotHeight = Double(bars.count) * (barHeight + gap) + gap
        let height = top + plotHeight + bottom
        let scale = { (value: Double) in plotLeft + (plotRight - plotLeft) * (axisTop > 0 ? value / axisTop : 0) }

        var svg = """
            <svg class="chart" viewBox="0 0 \(SVGText.n(width)) \(SVGText.n(height))" role="img" \
            aria-labelledby="\(id)-title"><title id="\(id)-title">\(HTMLEscape.escape(title))</title>
            <text class="chart-title" x="0" y="18">\(HTMLEscape.escape(title))</text>\n
            """
        for tick in ticks {
            let x = SVGText.n(scale(tick))
            svg += "<line class=\"grid\" x1=\"\(x)\" x2=\"\(x)\" y1=\"\(SVGText.n(top))\" "
            svg += "y2=\"\(SVGText.n(top + plotHeight))\"/>"
            svg += "<text class=\"tick\" x=\"\(x)\" y=\"\(SVGText.n(top + plotHeight + 16))\" text-anchor=\"middle\">"
            svg += "\(HTMLEscape.escape(tickText(tick)))</text>\n"
        }
        for (i, bar) in bars.enumerated() {
            let y = top + gap + Double(i) * (barHeight + gap)
            let middle = SVGText.n(y + barHeight / 2 + 4)
            let end = scale(max(0, bar.value))
            let label = HTMLEscape.escape(SVGText.truncated(bar.label, limit: 32))
            svg += "<g><title>\(HTMLEscape.escape(bar.label)): \(HTMLEscape.escape(bar.valueText))</title>"
            svg += "<text class=\"label\" x=\"\(SVGText.n(plotLeft - 8))\" y=\"\(middle)\" text-anchor=\"end\">"
            svg += "\(label)</text>"
            svg += "<rect x=\"\(SVGText.n(plotLeft))\" y=\"\(SVGText.n(y))\" width=\"\(SVGText.n(end - plotLeft))\" "
            svg += "height=\"\(SVGText.n(barHeight))\" fill=\"\(bar.color)\"/>"
            svg += "<text class=\"value\" x=\"\(SVGText.n(end + 6))\" y=\"\(middle)\">"
            svg += "\(HTMLEscape.escape(bar.valueText))</text></g>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(SVGText.n(plotLeft))\" x2=\"\(SVGText.n(plotLeft))\" "
        svg += "y1=\"\(SVGText.n(top))\" y2=\"\(SVGText.n(top + plotHeight))\"/>\n"
        svg += "<text class=\"axis-label\" x=\"\(SVGText.n((plotLeft + plotRight) / 2))\" "
        svg += "y=\"\(SVGText.n(height - 8))\" text-anchor=\"middle\">\(HTMLEscape.escape(axisLabel))</text>\n"
        return svg + "</svg>"
    }
}
