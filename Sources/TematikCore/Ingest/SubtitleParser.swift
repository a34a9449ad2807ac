/// One cue of a WebVTT or SRT file, before its text is cleaned.
struct SubtitleCue: Hashable, Sendable {
    /// The cue's position among the file's cues, from 1 (not its identifier, which is optional).
    var number: Int
    /// The 1-based line of the cue's timing line.
    var line: Int
    var start: Double
    var end: Double
    /// The cue's text lines as written.
    var lines: [String]
}

/// Splits WebVTT and SRT text into cues.
///
/// A cue is an optional identifier line, a timing line `start --> end [settings]`, and text lines up to a
/// blank line (or up to the next line with `-->`, as WebVTT says). WebVTT `NOTE`, `STYLE` and `REGION`
/// blocks and the header block are skipped. Where a browser drops a cue, Tematik keeps it and warns:
/// times without padding (`0:0:5.32`, as Microsoft Graph exports Teams transcripts), comma fractions in
/// WebVTT, and a cue that ends before it starts (its end is set to its start). A block with no timing
/// line is skipped with a warning. Each warning names the file and line; a kind of lenience that
/// recurs is reported once per file, at its first line, with a count.
struct SubtitleParser {
    let path: String
    let isWebVTT: Bool
    private(set) var cues: [SubtitleCue] = []
    private(set) var warnings: [Diagnostic] = []
    private var unpadded: (line: Int, text: String, count: Int)?
    private var commas: (line: Int, count: Int)?

    /// Parses `lines`; `firstCueLine` is the 0-based index after the header (0 for SRT).
    init(lines: [Substring], firstCueLine: Int, path: String, isWebVTT: Bool) {
        self.path = path
        self.isWebVTT = isWebVTT
        var index = firstCueLine
        while index < lines.count {
            let line = lines[index]
            if line.trimmingWhitespace().isEmpty {
                index += 1
            } else if isWebVTT, ["NOTE", "STYLE", "REGION"].contains(where: { Self.isBlock(line, keyword: $0) }) {
                index = Self.endOfBlock(lines, from: index)
            } else if Self.arrow(in: line) != nil {
                index = readCue(lines, timingAt: index)
            } else if index + 1 < lines.count, Self.arrow(in: lines[index + 1]) != nil {
                index = readCue(lines, timingAt: index + 1)
            } else {
                warn(
                    line: index + 1, "text outside a cue is skipped: no 'start --> end' timing line before it",
                    fix: "Add a timing line such as '00:00:01.000 --> 00:00:04.000' above the text.")
                index = Self.endOfBlock(lines, from: index)
            }
        }
        if let unpadded {
            let times = unpadded.count == 1 ? "1 cue time" : "\(unpadded.count) cue times"
            warn(
                line: unpadded.line,
                "\(times) not in the form hh:mm:ss.ttt (first: '\(unpadded.text)'); read leniently",
                fix: "No action needed if the times are right; a strict player may reject this file.")
        }
        if let commas {
            let times = commas.count == 1 ? "1 cue time" : "\(commas.count) cue times"
            warn(
                line: commas.line, "\(times) with a decimal comma, as in SRT; read leniently",
                fix: "WebVTT writes '00:00:01.500'; a strict player may reject this file.")
        }
        warnings.sort { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
    }

    /// Reads the cue whose timing line is `lines[timing]`; returns the index after the cue.
    private mutating func readCue(_ lines: [Substring], timingAt timing: Int) -> Int {
        guard let (start, end) = parseTiming(lines[timing], line: timing + 1) else {
            warn(
                line: timing + 1, "cue timing '\(lines[timing].trimmingWhitespace())' cannot be read; cue skipped",
                fix: "Write the timing as '00:00:01.000 --> 00:00:04.000'.")
            return Self.endOfBlock(lines, from: timing)
        }
        var index = timing + 1
        var text: [String] = []
        while index < lines.count, !lines[index].trimmingWhitespace().isEmpty, Self.arrow(in: lines[index]) == nil {
            text.append(String(lines[index]))
            index += 1
        }
        var cueEnd = end
        if end < start {
            warn(
                line: timing + 1, "cue ends (\(end) s) before it starts (\(start) s); its end is set to its start",
                fix: "Correct the cue's end time.")
            cueEnd = start
        }
        cues.append(SubtitleCue(number: cues.count + 1, line: timing + 1, start: start, end: cueEnd, lines: text))
        return index
    }

    /// The start and end of a timing line, noting lenient forms.
    private mutating func parseTiming(_ line: Substring, line number: Int) -> (Double, Double)? {
        guard let arrow = Self.arrow(in: line) else { return nil }
        let startText = line[..<arrow.lowerBound].trimmingWhitespace()
        let endText = Self.firstWord(of: line[arrow.upperBound...].trimmingWhitespace())
        guard let start = CueTime(startText), let end = CueTime(endText) else { return nil }
        for time in [(start, startText), (end, endText)] {
            if !time.0.isPadded {
                unpadded = unpadded.map { ($0.line, $0.text, $0.count + 1) } ?? (number, String(time.1), 1)
            }
            if isWebVTT, time.0.usesComma { commas = commas.map { ($0.line, $0.count + 1) } ?? (number, 1) }
        }
        return (start.seconds, end.seconds)
    }

    private mutating func warn(line: Int, _ problem: String, fix: String) {
        warnings.append(Diagnostic(.warning, SourceLocation(file: path, line: line), problem, fix: fix))
    }

    /// Whether `line` opens a block of `keyword` (`NOTE` followed by a space, tab or the end of the line).
    private static func isBlock(_ line: Substring, keyword: String) -> Bool {
        guard line.hasPrefix(keyword) else { return false }
        return line.dropFirst(keyword.count).first.map(\.isWhitespace) ?? true
    }

    /// The range of the first `-->` in `line`, found in its bytes.
    private static func arrow(in line: Substring) -> Range<Substring.Index>? {
        let bytes = line.utf8
        var rest = bytes[...]
        while let dash = rest.firstIndex(of: UInt8(ascii: "-")) {
            let end = bytes.index(dash, offsetBy: 3, limitedBy: bytes.endIndex) ?? bytes.endIndex
            if bytes[dash..<end].elementsEqual("-->".utf8) { return dash..<end }
            rest = bytes[bytes.index(after: dash)...]
        }
        return nil
    }

    /// `text` up to its first white space: found in the bytes while they are ASCII, by `Character`s after.
    private static func firstWord(of text: Substring) -> Substring {
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            if byte >= 0x80 { return text.prefix { !$0.isWhitespace } }
            if Unicode.Scalar(byte).isWhiteSpace { return text[..<index] }
        }
        return text
    }

    /// The index of the first blank line at or after `index`, or the end.
    private static func endOfBlock(_ lines: [Substring], from index: Int) -> Int {
        lines[index...].firstIndex { $0.trimmingWhitespace().isEmpty } ?? lines.count
    }
}
