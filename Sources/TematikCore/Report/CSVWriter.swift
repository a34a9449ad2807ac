/// Builds CSV text as RFC 4180 describes it, with `\n` line ends: UTF-8 without a byte order mark,
/// fields separated by commas, and a field quoted when it holds a comma, a quote or a line break.
public enum CSVWriter {
    /// One field, quoted when needed; quotes inside are doubled (`say "hi"` → `"say ""hi"""`).
    public static func field(_ text: String) -> String {
        String(decoding: CSVBytes.quoted(text), as: UTF8.self)
    }

    /// One line: the fields quoted as needed, joined by commas, ended by `\n`.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// A number of a CSV column: `.` as the decimal mark and 4 decimals, never `-0` or `NaN`.
    public static func number(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 4) }

    /// A time in seconds for a CSV column (3 decimals, milliseconds), or an empty field.
    public static func seconds(_ value: Double?) -> String {
        value.map { NumberFormat.fixed($0, decimals: 3) } ?? ""
    }
}
