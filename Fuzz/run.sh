#!/usr/bin/env bash
# Runs one libFuzzer harness for a while and merges what it found into Fuzz/Corpus/<harness>/.
#
#   Fuzz/run.sh HARNESS SECONDS      HARNESS: office | subtitle | text | codebook
#
# Seeds come from ../shared/testdata (when present), Tests/Fixtures, Codebooks and Corpus; they are
# copied into a temporary folder, never into Fuzz/Corpus. Fuzz/Corpus/<harness>/ (local, not in git: its
# inputs grow from third-party seeds) keeps only the inputs that add coverage beyond the seeds (libFuzzer
# -merge=1) and are at most 8 KiB. A crash or hang is written to Fuzz/.build/crashes/<harness>-crash-…
# and the script exits non-zero, after keeping what the run found. The timeout per input is wall-clock
# time: do not pause a running harness (SIGSTOP), or it reports a hang that is none.
set -euo pipefail

harness=${1:?usage: Fuzz/run.sh office|subtitle|text|codebook SECONDS}
seconds=${2:?usage: Fuzz/run.sh HARNESS SECONDS}
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
testdata=$(dirname "$root")/shared/testdata
[ -d "$testdata" ] || testdata=

case $harness in
    office) product=FuzzOffice; max_len=524288; patterns=(docx docm dotx odt) ;;
    subtitle) product=FuzzSubtitle; max_len=131072; patterns=(vtt srt) ;;
    text) product=FuzzText; max_len=131072; patterns=(txt md) ;;
    codebook) product=FuzzCodebook; max_len=65536; patterns=(yaml yml dic cat lc3 qdc) ;;
    *) echo "unknown harness '$harness': use office, subtitle, text or codebook" >&2; exit 2 ;;
esac

swift build -c release --package-path "$fuzz" --product "$product" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library >&2
binary="$fuzz/.build/release/$product"

# Let libFuzzer, not the Swift backtracer, catch a crash, so that it saves the input.
export SWIFT_BACKTRACE=enable=no
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/seeds" "$work/found" "$work/merged" "$fuzz/Corpus/$harness" "$fuzz/.build/crashes"
for extension in "${patterns[@]}"; do
    find $testdata "$root/Tests/Fixtures" "$root/Codebooks" "$root/Corpus" -type f -name "*.$extension" \
        -size -$((max_len / 1024))k -print0 |
        while IFS= read -r -d '' file; do
            name=$(printf '%s' "$file" | sha1sum | cut -c1-16).$extension
            if [ "$harness" = codebook ]; then
                # The codebook harness reads its first byte as the format: the index in `formats` there.
                case $extension in yaml | yml) byte=0 ;; dic) byte=1 ;; cat) byte=2 ;; lc3) byte=3 ;; qdc) byte=4 ;; esac
                # A project file (tematik.yaml) goes to ProjectFile's reader, index 5.
                if [ "$(basename "$file")" = tematik.yaml ]; then byte=5; fi
                { printf "\\x0$byte"; cat "$file"; } >"$work/seeds/$name"
            else
                cp "$file" "$work/seeds/$name"
            fi
        done
done
echo "$(ls "$work/seeds" | wc -l) seeds, $(ls "$fuzz/Corpus/$harness" | wc -l) kept inputs" >&2

# A crash, a hang or an interruption stops libFuzzer with a non-zero status: what it found until then is
# still merged below, and the script then exits with that status.
status=0
"$binary" "$work/found" "$fuzz/Corpus/$harness" "$work/seeds" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$max_len" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$fuzz/.build/crashes/$harness-" || status=$?

# Keep what adds coverage beyond the seeds: merge into a folder that starts with the seeds, then drop them.
cp "$work/seeds/"* "$work/merged/"
"$binary" -merge=1 -rss_limit_mb=2048 -max_len="$max_len" "$work/merged" "$fuzz/Corpus/$harness" "$work/found" \
    2>&1 | grep -E "MERGE-OUTER: [0-9]+ new files" >&2 || true
rm -f "$fuzz/Corpus/$harness/"*
for file in "$work/merged/"*; do
    # Inputs over 8 KiB are mostly mutated copies of seeds, which every run derives again; leaving them
    # out keeps the corpus small.
    [ -e "$work/seeds/$(basename "$file")" ] || [ "$(wc -c <"$file")" -gt 8192 ] || cp "$file" "$fuzz/Corpus/$harness/"
done
echo "Fuzz/Corpus/$harness: $(ls "$fuzz/Corpus/$harness" | wc -l) inputs, $(du -sh "$fuzz/Corpus/$harness" | cut -f1)" >&2
exit "$status"
