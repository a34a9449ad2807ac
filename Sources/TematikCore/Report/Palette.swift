/// Colours for themes in charts.
enum Palette {
    /// Tableau 10: distinct hues that stay apart for the common kinds of colour blindness.
    static let tableau10 = [
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
        "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    ]

    /// The codebook's colour for a theme when it is a plain hex colour, else the palette's colour for its
    /// position. Only `#rgb` and `#rrggbb` pass, because the value lands inside SVG attributes.
    static func color(_ given: String?, index: Int) -> String {
        if let given, isHexColor(given) { return given.lowercased() }
        return tableau10[index % tableau10.count]
    }

    /// Whether `text` is `#` followed by 3 or 6 hex digits.
    static func isHexColor(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "#"), bytes.count == 4 || bytes.count == 7 else { return false }
        return bytes.dropFirst().allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
        }
    }

    /// A sequential blue scale for heatmaps: `t` from 0 (almost white) to 1 (dark blue), as `#rrggbb`.
    static func sequential(_ t: Double) -> String {
        let low = (247.0, 251.0, 255.0)
        let high = (8.0, 48.0, 107.0)
        let u = t.isFinite ? max(0, min(1, t)) : 0
        func channel(_ a: Double, _ b: Double) -> String {
            let value = Int((a + (b - a) * u).rounded())
            let hex = String(value, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(low.0, high.0) + channel(low.1, high.1) + channel(low.2, high.2)
    }

    /// Whether text on the sequential colour at `t` should be white for contrast.
    static func needsLightText(_ t: Double) -> Bool { t > 0.55 }
}
