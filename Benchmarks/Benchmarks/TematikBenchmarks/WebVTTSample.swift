import Foundation

/// A WebVTT file built from the sample text, laid out like a transcript exported from Teams: cues of at
/// most 12 words, each in a `<v Name>` voice tag, 2.5 seconds apart.
enum WebVTTSample {
    /// The `.vtt` bytes for `segments`, alternating `Intervjuare` and `Respondent` turns.
    static func make(_ segments: [String]) -> Data {
        var text = "WEBVTT\n"
        var cue = 0
        for (index, segment) in segments.enumerated() {
            let speaker = index % 4 == 0 ? "Intervjuare" : "Respondent"
            let words = segment.split(separator: " ")
            for start in stride(from: 0, to: words.count, by: 12) {
                let line = words[start..<min(start + 12, words.count)].joined(separator: " ")
                text += "\n\(time(cue)) --> \(time(cue + 1))\n<v \(speaker)>\(escaped(line))</v>\n"
                cue += 1
            }
        }
        return Data(text.utf8)
    }

    /// The time of cue `number`, as `hh:mm:ss.ttt`.
    private static func time(_ number: Int) -> String {
        let milliseconds = number * 2500
        let (hours, minutes) = (milliseconds / 3_600_000, milliseconds / 60_000 % 60)
        let (seconds, thousandths) = (milliseconds / 1000 % 60, milliseconds % 1000)
        return String(format: "%02d:%02d:%02d.%03d", hours, minutes, seconds, thousandths)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
