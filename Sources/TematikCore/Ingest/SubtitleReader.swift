import Foundation

/// Reads WebVTT (`.vtt`) and SRT (`.srt`) subtitles, as Teams, Zoom and Otter export transcripts.
///
/// - The speaker of a cue is the name in its first `<v Name>` voice tag (Teams), else a `Name:` prefix of
///   its text (Zoom) with the label rules of ``TurnSplitter``: a label is accepted when it is known to
///   ``SpeakerRoles`` or starts at least two cues of the file.
/// - Consecutive cues of one speaker merge into one turn: texts joined with a space, the start of the
///   first cue and the end of the last, ``Segment/line`` the number of the first cue (1-based).
///   A cue with no speaker and no label-like prefix after a cue with a speaker continues that turn, since
///   subtitle transcripts name the speaker only on a turn's first cue (`Anna: Ja, alltså …` then
///   `… det tog tid.`). A cue that starts like a label that was not accepted (`Obs: …`, a one-off name)
///   stays a segment of its own, and so does every cue of a file whose cues name no speaker at all.
/// - Cue text is cleaned by ``CueText``; a cue left with no text is dropped.
/// - A `.vtt` must start with `WEBVTT` (after an optional BOM), since a header is what confirms the
///   format. A `.vtt` without it that looks like SRT is read as SRT with a warning, and an `.srt` that
///   starts with `WEBVTT` is read as WebVTT with a warning; anything else is an error.
/// - Text decoding is ``TextDecoder``'s: UTF-8, UTF-16 with a BOM, else Windows-1252 with a warning.
public enum SubtitleReader {
    /// The turns of the subtitle file whose bytes are `data`, shown to the user as `path`.
    /// - Parameter format: `.vtt` or `.srt`, from the file's extension.
    /// - Throws: a ``Diagnostic`` naming `path` when the file is empty, binary, not a subtitle file, has
    ///   no cue with text, or has a line longer than ``ReadLimits/maxLineLength``.
    public static func read(
        _ data: Data, path: String, format: DocumentFormat, roles: SpeakerRoles, limits: ReadLimits = .default
    ) throws -> ReaderOutput {
        try limits.checkLines(data, path: path)
        let decoded = try TextDecoder.decode(data, path: path)
        var warnings = decoded.warnings
        let lines = SubtitleLines(decoded.text)
        let header = isWebVTTHeader(lines.text(0))
        if format == .vtt, !header {
            guard looksLikeSRT(lines) else {
                throw Diagnostic(
                    .error, SourceLocation(file: path, line: 1), "no 'WEBVTT' header, so this is not a WebVTT file",
                    fix: "Check that the file is a subtitle export; a WebVTT file starts with the line 'WEBVTT'.")
            }
            warnings.append(
                Diagnostic(
                    .warning, SourceLocation(file: path, line: 1), "no 'WEBVTT' header but SRT cues; read as SRT",
                    fix: "Rename the file to .srt."))
        } else if format == .srt, header {
            warnings.append(
                Diagnostic(
                    .warning, SourceLocation(file: path, line: 1),
                    "an .srt file with a 'WEBVTT' header; read as WebVTT",
                    fix: "Rename the file to .vtt."))
        }
        let firstCueLine = header ? ((0..<lines.count).first(where: lines.isBlank) ?? lines.count) : 0
        let parser = SubtitleParser(lines: lines, firstCueLine: firstCueLine, path: path, isWebVTT: header)
        warnings += parser.warnings
        let segments = turns(from: parser.cues, of: lines, roles: roles)
        guard !segments.isEmpty else {
            throw Diagnostic(
                .error, SourceLocation(file: path), "no cue with text in this subtitle file",
                fix: "Check that the export contains the transcript.")
        }
        return ReaderOutput(segments: segments, encoding: decoded.encoding, warnings: warnings)
    }

    /// Cues cleaned, given speakers, and merged into turns.
    private static func turns(from cues: [SubtitleCue], of lines: SubtitleLines, roles: SpeakerRoles) -> [Segment] {
        let cleaned = cues.map { cue -> (cue: SubtitleCue, voice: String?, text: String) in
            let text = cue.lines.lazy.map { lines[$0] }
            return (cue, text.compactMap(CueText.voice).first, CueText.plain(text))
        }
        var labelCounts: [String: Int] = [:]
        for entry in cleaned where entry.voice == nil {
            if let label = SpeakerLabel.parse(Substring(entry.text)) { labelCounts[label.label, default: 0] += 1 }
        }
        var memo = SpeakerRoleMemo(roles)
        var segments: [Segment] = []
        for (cue, voice, plain) in cleaned {
            var speaker = voice
            var text = Substring(plain)
            let label = voice == nil ? SpeakerLabel.parse(text) : nil
            if let label, memo.isKnownLabel(label.label) || labelCounts[label.label, default: 0] >= 2 {
                speaker = label.label
                text = label.rest
            }
            guard !text.isEmpty else { continue }
            let continues = speaker == nil && label == nil
            if let lastSpeaker = segments.last?.speaker, speaker == lastSpeaker || continues {
                // In place: a copy of the last segment would share its text, and each append would copy it.
                segments[segments.count - 1].text.append(" ")
                segments[segments.count - 1].text.append(contentsOf: text)
                segments[segments.count - 1].end = cue.end
            } else {
                segments.append(
                    Segment(
                        index: segments.count, speaker: speaker, role: memo.role(for: speaker), text: String(text),
                        line: cue.number, start: cue.start, end: cue.end))
            }
        }
        return segments
    }

    /// Whether `line` is a WebVTT header: `WEBVTT` alone or followed by a space or tab.
    private static func isWebVTTHeader(_ line: Substring) -> Bool {
        guard line.hasPrefix("WEBVTT") else { return false }
        return line.dropFirst(6).first.map { $0 == " " || $0 == "\t" } ?? true
    }

    /// Whether the first non-blank lines are an SRT cue: a number and a timing line, or a timing line.
    private static func looksLikeSRT(_ lines: SubtitleLines) -> Bool {
        let content = (0..<lines.count).lazy.filter { !lines.isBlank($0) }.prefix(2)
        guard let first = content.first else { return false }
        if lines.arrow(in: first) != nil { return true }
        return lines.text(first).trimmingWhitespace().allSatisfy(\.isNumber)
            && content.dropFirst().first.map { lines.arrow(in: $0) != nil } == true
    }
}
