#!/usr/bin/env bash
# Runs one libFuzzer harness for a while and merges what it found into its kept corpus.
#
#   Fuzz/run.sh HARNESS SECONDS [--testdata]      HARNESS: office | subtitle | text | codebook
#   Fuzz/run.sh HARNESS replay                    run every kept input once (what CI does)
#
# Seeds come from Tests/Fixtures, Codebooks and Corpus: the project's own files and fixtures whose
# licences allow shipping them (Tests/Fixtures/SOURCES.md). They are copied into a temporary folder.
# The kept corpus, Fuzz/Corpus/<harness>/, is in git: the inputs that add coverage beyond the seeds
# (libFuzzer -merge=1), each at most 8 KiB, so it grows only from files we may redistribute.
#
# --testdata also seeds from ../shared/testdata, whose files are under licences that do not all allow
# redistribution (GPL, CC BY-NC): what such a run finds is kept apart, in Fuzz/.build/corpus/<harness>/,
# never in git.
#
# A crash or hang is written to Fuzz/.build/crashes/<harness>-crash-… and the script exits non-zero,
# after keeping what the run found. The timeout per input is wall-clock time: do not pause a running
# harness (SIGSTOP), or it reports a hang that is none.
set -euo pipefail

usage="usage: Fuzz/run.sh office|subtitle|text|codebook SECONDS [--testdata] | replay"
harness=${1:?$usage}
seconds=${2:?$usage}
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
kept=$fuzz/Corpus/$harness
# The corpora a run reads besides its seeds: the kept one, and the git one too when they differ.
corpora=("$kept")
testdata=
case ${3:-} in
    "") ;;
    --testdata)
        testdata=$(dirname "$root")/shared/testdata
        [ -d "$testdata" ] || { echo "no $testdata to seed from" >&2; exit 2; }
        kept=$fuzz/.build/corpus/$harness
        corpora=("$kept" "$fuzz/Corpus/$harness")
        ;;
    *) echo "$usage" >&2; exit 2 ;;
esac

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
mkdir -p "$fuzz/Corpus/$harness" "$kept" "$fuzz/.build/crashes"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/seeds" "$work/found" "$work/merged"
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
echo "$(ls "$work/seeds" | wc -l) seeds, $(ls "$kept" | wc -l) kept inputs in $kept" >&2

if [ "$seconds" = replay ]; then
    # Every seed and kept input once, as a regression test: a crash or a timeout exits non-zero.
    "$binary" -runs=0 -rss_limit_mb=2048 -max_len="$max_len" -timeout=30 \
        -artifact_prefix="$fuzz/.build/crashes/$harness-" "$fuzz/Corpus/$harness" "$work/seeds"
    exit
fi

# A crash, a hang or an interruption stops libFuzzer with a non-zero status: what it found until then is
# still merged below, and the script then exits with that status.
status=0
"$binary" "$work/found" "${corpora[@]}" "$work/seeds" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$max_len" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$fuzz/.build/crashes/$harness-" || status=$?

# Keep what adds coverage beyond the seeds: merge into a folder that starts with the seeds, then drop them.
cp "$work/seeds/"* "$work/merged/"
"$binary" -merge=1 -rss_limit_mb=2048 -max_len="$max_len" "$work/merged" "$kept" "$work/found" \
    2>&1 | grep -E "MERGE-OUTER: [0-9]+ new files" >&2 || true
rm -f "$kept/"*
for file in "$work/merged/"*; do
    # Inputs over 8 KiB are mostly mutated copies of seeds, which every run derives again; leaving them
    # out keeps the corpus small.
    [ -e "$work/seeds/$(basename "$file")" ] || [ "$(wc -c <"$file")" -gt 8192 ] || cp "$file" "$kept/"
done
echo "$kept: $(ls "$kept" | wc -l) inputs, $(du -sh "$kept" | cut -f1)" >&2
exit "$status"
