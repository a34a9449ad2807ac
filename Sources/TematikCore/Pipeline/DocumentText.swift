/// How one file was read, as `tematik inspect` prints it for a person: a header, then one block per
/// segment with its index, role, speaker, times and text.
public enum DocumentText {
    /// The text, ending in a newline.
    public static func render(_ document: Document) -> String {
        var lines = [
            "\(document.id)  \(document.format.rawValue), \(document.encoding), sha256 \(document.sha256)",
            "\(document.segments.count) segments, \(document.warnings.count) warnings",
        ]
        let speakers = Dictionary(grouping: document.segments, by: { $0.speaker ?? "(ingen talare)" })
        for (speaker, segments) in speakers.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(speaker): \(segments[0].role.rawValue), \(segments.count) segments")
        }
        for segment in document.segments {
            var head = "[\(segment.index)] \(segment.role.rawValue)"
            if let speaker = segment.speaker { head += " \(speaker)" }
            head += " (line \(segment.line)"
            if let start = segment.start { head += ", \(clock(start))" }
            if let end = segment.end { head += "–\(clock(end))" }
            lines.append("")
            lines.append(head + ")")
            lines.append(segment.text)
        }
        return lines.joined(separator: "\n") + "\n"
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
