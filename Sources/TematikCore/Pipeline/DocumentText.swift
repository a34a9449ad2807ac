/// How one file was read, as `tematik inspect` prints it for a person: a header, then one block per
/// segment with its index, role, speaker, times and text.
public enum DocumentText {
    /// The text as UTF-8, ending in a newline.
    public static func render(_ document: Document) -> [UInt8] {
        // Bytes, not a `String`: strings per line, joined, took a tenth of `tematik inspect`'s time over
        // Word files, and validating the joined text as UTF-8 again another twentieth.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(document.segments.reduce(256) { $0 + $1.text.utf8.count + 48 })
        func line(_ text: String) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        line("\(document.id)  \(document.format.rawValue), \(document.encoding), sha256 \(document.sha256)")
        line("\(document.segments.count) segments, \(document.warnings.count) warnings")
        let speakers = Dictionary(grouping: document.segments, by: { $0.speaker ?? "(ingen talare)" })
        for (speaker, segments) in speakers.sorted(by: { $0.key < $1.key }) {
            line("  \(speaker): \(segments[0].role.rawValue), \(segments.count) segments")
        }
        for segment in document.segments {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(UInt8(ascii: "["))
            bytes.append(contentsOf: String(segment.index).utf8)
            bytes.append(contentsOf: "] ".utf8)
            bytes.append(contentsOf: segment.role.rawValue.utf8)
            if let speaker = segment.speaker {
                bytes.append(UInt8(ascii: " "))
                bytes.append(contentsOf: speaker.utf8)
            }
            bytes.append(contentsOf: " (line ".utf8)
            bytes.append(contentsOf: String(segment.line).utf8)
            if let start = segment.start { bytes.append(contentsOf: (", " + clock(start)).utf8) }
            if let end = segment.end { bytes.append(contentsOf: ("–" + clock(end)).utf8) }
            line(")")
            line(segment.text)
        }
        return bytes
    }

    /// Seconds as `h:mm:ss.s`.
    static func clock(_ seconds: Double) -> String {
        let tenths = Int((seconds * 10).rounded())
        let (hours, rest) = tenths.quotientAndRemainder(dividingBy: 36_000)
        let (minutes, rest2) = rest.quotientAndRemainder(dividingBy: 600)
        let (wholeSeconds, tenth) = rest2.quotientAndRemainder(dividingBy: 10)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(hours):\(two(minutes)):\(two(wholeSeconds)).\(tenth)"
    }
}
