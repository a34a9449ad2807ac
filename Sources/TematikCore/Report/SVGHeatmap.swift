/// A heatmap as inline SVG: rows × columns of cells shaded on a sequential blue scale, the value printed in
/// each cell, column labels slanted above the grid, and both axes titled.
struct SVGHeatmap {
    /// One cell.
    struct Cell {
        /// 0 (lightest) to 1 (darkest); `nil` draws a neutral grey cell (a theme against itself).
        var intensity: Double?
        /// What the cell shows (`12`); may be empty.
        var text: String
        /// The hover text, naming the row, the column and the figures.
        var tooltip: String
    }

    /// An id unique in the page, for `aria-labelledby`.
    var id: String
    var title: String
    var rowAxis: String
    var columnAxis: String
    var rows: [String]
    var columns: [String]
    /// One array per row, one cell per column.
    var cells: [[Cell]]

    /// The chart's `<svg>` element.
    func render() -> String {
        let rowLabels = rows.map { SVGText.truncated($0, limit: 30) }
        let columnLabels = columns.map { SVGText.truncated($0, limit: 24) }
        let cellWidth = 52.0
        let cellHeight = rows.count > 30 ? 20.0 : 28.0
        let left = min(200, max(60, rowLabels.map { SVGText.width($0, size: 12) }.max() ?? 60)) + 30
        let slant = min(150, (columnLabels.map { SVGText.width($0, size: 12) }.max() ?? 40) * 0.72) + 14
        let top = 30.0 + 22 + slant
        let width = max(left + cellWidth * Double(columns.count) + 60, SVGText.width(title, size: 14) * 1.1 + 20)
        let height = top + cellHeight * Double(rows.count) + 12

        var svg = """
            <svg class="chart heatmap" viewBox="0 0 \(SVGText.n(width)) \(SVGText.n(height))" \
            style="max-width:\(SVGText.n(width))px" role="img" aria-labelledby="\(id)-title">\
            <title id="\(id)-title">\(HTMLEscape.escape(title))</title>
            <text class="chart-title" x="0" y="18">\(HTMLEscape.escape(title))</text>
            <text class="axis-label" x="\(SVGText.n(left + cellWidth * Double(columns.count) / 2))" y="42" \
            text-anchor="middle">\(HTMLEscape.escape(columnAxis))</text>
            <text class="axis-label" transform="translate(12 \(SVGText.n(top + cellHeight * Double(rows.count) / 2))) \
            rotate(-90)" text-anchor="middle">\(HTMLEscape.escape(rowAxis))</text>\n
            """
        for (j, label) in columnLabels.enumerated() {
            let x = SVGText.n(left + cellWidth * (Double(j) + 0.5))
            svg += "<text class=\"label\" transform=\"translate(\(x) \(SVGText.n(top - 6))) rotate(-40)\">"
            svg += "<title>\(HTMLEscape.escape(columns[j]))</title>\(HTMLEscape.escape(label))</text>\n"
        }
        for (i, label) in rowLabels.enumerated() {
            let y = top + cellHeight * Double(i)
            svg += "<text class=\"label\" x=\"\(SVGText.n(left - 8))\" y=\"\(SVGText.n(y + cellHeight / 2 + 4))\" "
            svg +=
                "text-anchor=\"end\"><title>\(HTMLEscape.escape(rows[i]))</title>\(HTMLEscape.escape(label))</text>\n"
            for (j, cell) in cells[i].enumerated() where j < columns.count {
                svg += render(cell, x: left + cellWidth * Double(j), y: y, width: cellWidth, height: cellHeight)
            }
        }
        return svg + "</svg>"
    }

    private func render(_ cell: Cell, x: Double, y: Double, width: Double, height: Double) -> String {
        let fill = cell.intensity.map(Palette.sequential) ?? "#e6e6e6"
        let light = cell.intensity.map(Palette.needsLightText) ?? false
        var svg = "<g><title>\(HTMLEscape.escape(cell.tooltip))</title>"
        svg += "<rect x=\"\(SVGText.n(x))\" y=\"\(SVGText.n(y))\" width=\"\(SVGText.n(width - 2))\" "
        svg += "height=\"\(SVGText.n(height - 2))\" fill=\"\(fill)\"/>"
        if !cell.text.isEmpty {
            svg += "<text class=\"cell\(light ? " light" : "")\" x=\"\(SVGText.n(x + width / 2 - 1))\" "
            svg +=
                "y=\"\(SVGText.n(y + height / 2 + 3))\" text-anchor=\"middle\">\(HTMLEscape.escape(cell.text))</text>"
        }
        return svg + "</g>\n"
    }
}
