/// A data table for `report.html`. The page's script makes every `table.sortable` sortable by clicking
/// a header; without the script the table still reads in its given order.
struct HTMLTable {
    /// A column header; numeric columns are right-aligned and sort by number.
    struct Column {
        var title: String
        var numeric: Bool = false
    }

    /// A cell: escaped HTML content and, for numbers, the raw value to sort by.
    struct Cell {
        var html: String
        var sortKey: String?

        /// Text from a transcript, a codebook or the interface, escaped.
        static func text(_ text: String) -> Cell { Cell(html: HTMLEscape.escape(text)) }

        /// A whole number, grouped for reading and sorted by value.
        static func int(_ value: Int, _ language: ReportLanguage) -> Cell {
            Cell(html: NumberFormat.display(value, language: language), sortKey: String(value))
        }

        /// A fractional number with `decimals` digits, sorted by value.
        static func decimal(_ value: Double, _ decimals: Int, _ language: ReportLanguage) -> Cell {
            Cell(
                html: NumberFormat.display(value, decimals: decimals, language: language),
                sortKey: NumberFormat.fixed(value, decimals: 6))
        }

        /// A percentage (0–100) with one decimal, sorted by value.
        static func percent(_ value: Double, _ language: ReportLanguage) -> Cell {
            Cell(
                html: NumberFormat.percent(value / 100, language: language),
                sortKey: NumberFormat.fixed(value, decimals: 6))
        }
    }

    var caption: String?
    var columns: [Column]
    var rows: [[Cell]]
    /// Whether the reader can sort the table (pointless for one or two rows).
    var sortable: Bool { rows.count > 2 }

    /// The `<table>` element, wrapped so that a wide table scrolls instead of widening the page.
    func render() -> String {
        var html = "<div class=\"table-wrap\"><table\(sortable ? " class=\"sortable\"" : "")>"
        if let caption { html += "<caption>\(HTMLEscape.escape(caption))</caption>" }
        html += "\n<thead><tr>"
        for column in columns {
            html += column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            html += HTMLEscape.escape(column.title) + "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (cell, column) in zip(row, columns) {
                html += column.numeric ? "<td class=\"num\"" : "<td"
                if let key = cell.sortKey { html += " data-sort=\"\(HTMLEscape.escape(key))\"" }
                html += ">\(cell.html)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}
