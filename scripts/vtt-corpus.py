#!/usr/bin/env python3
"""Writes a corpus of .txt transcripts again as Teams-style WebVTT files, for timing the subtitle reader.

Each `Intervjuare:` or `Respondent:` turn becomes cues of at most 12 words, each in a `<v Name>` voice
tag, 2.5 seconds apart; `#` header lines and other lines are left out.

    scripts/vtt-corpus.py ~/benchdata/c20 ~/benchdata/vtt20
"""
import pathlib
import re
import sys


def timestamp(seconds):
    milliseconds = round(seconds * 1000)
    return "%02d:%02d:%02d.%03d" % (
        milliseconds // 3_600_000, milliseconds // 60_000 % 60, milliseconds // 1000 % 60, milliseconds % 1000)


def main(source, target):
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.txt")):
        cues = ["WEBVTT", ""]
        start = 0.0
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^(Intervjuare|Respondent): (.*)$", line)
            if not match:
                continue
            speaker, text = match.groups()
            words = text.split()
            for first in range(0, len(words), 12):
                cues += [f"{timestamp(start)} --> {timestamp(start + 2.5)}",
                         f"<v {speaker}>{' '.join(words[first:first + 12])}</v>", ""]
                start += 2.5
        (target / (path.stem + ".vtt")).write_text("\n".join(cues), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: vtt-corpus.py SOURCE_FOLDER TARGET_FOLDER")
    main(pathlib.Path(sys.argv[1]).expanduser(), pathlib.Path(sys.argv[2]).expanduser())
