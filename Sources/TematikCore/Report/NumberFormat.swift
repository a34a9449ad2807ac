/// Formats numbers the same way on every machine, whatever the locale.
///
/// Foundation's `String(format:)` and `NumberFormatter` follow the process locale and platform
/// rounding, so report files could differ between machines. Everything here works on integers:
/// a value is scaled, rounded half away from zero, and printed digit by digit. `-0`, NaN and
/// infinities never reach a file: NaN and infinities print as `0`, and a value that rounds to
/// zero prints without a sign.
public enum NumberFormat {
    /// `value` with exactly `decimals` digits after a `.` (`0.3333` for 1/3 with 4 decimals).
    /// - Parameters:
    ///   - value: The number; NaN and infinities count as 0.
    ///   - decimals: Digits after the point, 0 to 9; with 0 there is no point.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let (negative, whole, fraction) = split(value, decimals: decimals)
        var text = negative ? "-" : ""
        text += String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// `value` for a reader: thousands grouped and the decimal mark of `language`
    /// (`1 234,5` in Swedish with a no-break space, `1,234.5` in English).
    public static func display(_ value: Double, decimals: Int, language: ReportLanguage) -> String {
        let (negative, whole, fraction) = split(value, decimals: decimals)
        var text = negative ? "\u{2212}" : ""
        text += grouped(whole, language: language)
        if decimals > 0 {
            let digits = String(fraction)
            text += (language == .sv ? "," : ".")
            text += String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// An integer for a reader, with thousands grouped as in ``display(_:decimals:language:)``.
    public static func display(_ value: Int, language: ReportLanguage) -> String {
        (value < 0 ? "\u{2212}" : "") + grouped(value.magnitude, language: language)
    }

    /// A fraction (0.25) as a percentage for a reader: `25,0 %` in Swedish, `25.0%` in English.
    public static func percent(_ fraction: Double, decimals: Int = 1, language: ReportLanguage) -> String {
        let number = display(fraction * 100, decimals: decimals, language: language)
        return language == .sv ? number + "\u{00A0}%" : number + "%"
    }

    /// Sign, whole part and scaled fraction of `value` rounded to `decimals` digits.
    private static func split(_ value: Double, decimals: Int) -> (Bool, UInt64, UInt64) {
        let places = max(0, min(decimals, 9))
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        guard value.isFinite else { return (false, 0, 0) }
        // Beyond 2^63 / 10^9 the scaled value no longer fits; no count or rate in a report gets there.
        let limit = Double(UInt64.max / 2) / Double(scale)
        let magnitude = min(value.magnitude, limit)
        let scaled = UInt64((magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero))
        return (value < 0 && scaled != 0, scaled / scale, scaled % scale)
    }

    /// Digits of `value` in groups of three, separated as `language` writes them.
    private static func grouped<T: BinaryInteger>(_ value: T, language: ReportLanguage) -> String {
        let digits = Array(String(value))
        let separator: Character = language == .sv ? "\u{00A0}" : ","
        var text = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { text.append(separator) }
            text.append(digit)
        }
        return text
    }
}
