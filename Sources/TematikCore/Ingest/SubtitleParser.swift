/// One cue of a WebVTT or SRT file, before its text is cleaned.
struct SubtitleCue: Hashable, Sendable {
    /// The cue's position among the file's cues, from 1 (not its identifier, which is optional).
    var number: Int
    /// The 1-based line of the cue's timing line.
    var line: Int
    var start: Double
    var end: Double
    /// The indices of the cue's text lines in its ``SubtitleLines``.
    var lines: Range<Int>
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
    init(lines: SubtitleLines, firstCueLine: Int, path: String, isWebVTT: Bool) {
        self.path = path
        self.isWebVTT = isWebVTT
        var index = firstCueLine
        while index < lines.count {
            if lines.isBlank(index) {
                index += 1
            } else if isWebVTT, ["NOTE", "STYLE", "REGION"].contains(where: { lines.startsBlock(index, keyword: $0) }) {
                index = Self.endOfBlock(lines, from: index)
            } else if lines.arrow(in: index) != nil {
                index = readCue(lines, timingAt: index)
            } else if index + 1 < lines.count, lines.arrow(in: index + 1) != nil {
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
    private mutating func readCue(_ lines: SubtitleLines, timingAt timing: Int) -> Int {
        guard let (start, end) = parseTiming(lines, timing) else {
            warn(
                line: timing + 1, "cue timing '\(lines.text(timing).trimmingWhitespace())' cannot be read; cue skipped",
                fix: "Write the timing as '00:00:01.000 --> 00:00:04.000'.")
            return Self.endOfBlock(lines, from: timing)
        }
        var index = timing + 1
        while index < lines.count, !lines.isBlank(index), lines.arrow(in: index) == nil { index += 1 }
        var cueEnd = end
        if end < start {
            warn(
                line: timing + 1, "cue ends (\(end) s) before it starts (\(start) s); its end is set to its start",
                fix: "Correct the cue's end time.")
            cueEnd = start
        }
        cues.append(
            SubtitleCue(
                number: cues.count + 1, line: timing + 1, start: start, end: cueEnd, lines: (timing + 1)..<index))
        return index
    }

    /// The start and end of the timing line `lines[index]`, noting lenient forms.
    private mutating func parseTiming(_ lines: SubtitleLines, _ index: Int) -> (Double, Double)? {
        guard let arrow = lines.arrow(in: index) else { return nil }
        let startText = lines.trimmed(lines.ranges[index].lowerBound..<arrow)
        let endText = SubtitleLines.firstWord(of: lines.trimmed((arrow + 3)..<lines.ranges[index].upperBound))
        guard let start = CueTime(startText), let end = CueTime(endText) else { return nil }
        note(start, startText, line: index + 1)
        note(end, endText, line: index + 1)
        return (start.seconds, end.seconds)
    }

    /// Counts `time` (written as `text` on `line`) among the lenient forms it has.
    private mutating func note(_ time: CueTime, _ text: ArraySlice<UInt8>, line: Int) {
        if !time.isPadded {
            unpadded =
                unpadded.map { ($0.line, $0.text, $0.count + 1) } ?? (line, String(decoding: text, as: UTF8.self), 1)
        }
        if isWebVTT, time.usesComma { commas = commas.map { ($0.line, $0.count + 1) } ?? (line, 1) }
    }

    private mutating func warn(line: Int, _ problem: String, fix: String) {
        warnings.append(Diagnostic(.warning, SourceLocation(file: path, line: line), problem, fix: fix))
    }

    /// The index of the first blank line at or after `index`, or the end.
    private static func endOfBlock(_ lines: SubtitleLines, from index: Int) -> Int {
        (index..<lines.count).first(where: lines.isBlank) ?? lines.count
    }
}
