#!/usr/bin/env bash
# Tematik against the peer tools of shared/bench on the same files, in one run: every tool once per
# round, tools alternating, several rounds; then a markdown table of MB/s (median, min-max), the ratio
# to Tematik's full run, and peak RSS from /usr/bin/time -v, and under it the performance issue's target
# ratios (full run and counting core against wc -w, the peers, --jobs, warm against cold).
#
#   scripts/bench-peers.sh [--size MB] [--rounds N] [--data DIR] [--json FILE]
#
# The corpus (make_corpus.py --seed 1, with 200 .docx for --size 200) is generated under DIR (default
# ~/benchdata, never inside the repository) when missing. The peers are the scripts in
# $BENCH_DIR/peers (default: ../shared/bench next to the repository); a peer whose Python package or
# program is not installed is left out with a note. Install them as $BENCH_DIR/README.md says:
#   apt-get install time pandoc; pip install liwc pyahocorasick docx2txt python-docx
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
bench=${BENCH_DIR:-$repo/../shared/bench}
size=200 rounds=3 data=$HOME/benchdata json=
while (($#)); do
    case $1 in
        --size) size=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        --json) json=$2; shift 2 ;;
        *) echo "usage: $0 [--size MB] [--rounds N] [--data DIR] [--json FILE]" >&2; exit 2 ;;
    esac
done
[[ -f $bench/themes.dic ]] || { echo "error: no $bench/themes.dic. Set BENCH_DIR to shared/bench." >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is missing. apt-get install time" >&2; exit 2; }

corpus=$data/c$size
docx_count=$((size >= 200 ? 200 : 0))
if [[ ! -f $corpus/metadata.csv ]]; then
    echo "Generating $corpus ..." >&2
    docx_args=()
    ((docx_count)) && docx_args=(--docx "$docx_count")
    python3 "$bench/make_corpus.py" --out "$corpus" --size-mb "$size" --seed 1 "${docx_args[@]}" >&2
fi

# TEMATIK_BIN: a tematik binary built elsewhere; by default this checkout's release build.
tematik=${TEMATIK_BIN:-$repo/.build/release/tematik}
[[ -n ${TEMATIK_BIN:-} ]] || (cd "$repo" && swift build -c release --product tematik >&2)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The text corpus without its docx/ folder, so that every tool reads the same .txt files.
mkdir -p "$work/txt"
ln -s "$corpus"/*.txt "$corpus/metadata.csv" "$work/txt/"

python3 - "$bench" "$work" "$corpus" "$tematik" "$rounds" "$json" <<'PY'
import glob, importlib.util, json, os, re, statistics, subprocess, sys, tempfile
bench, work, corpus, tematik, rounds, json_out = sys.argv[1:7]

def run_once(cmd):
    """Like shared/bench/peers/bench.py's run_once, plus CPU seconds: on a shared machine wall time
    depends on the other load, user + system time much less."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        p = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name, "bash", "-c", cmd],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        t = tf.read()
    if p.returncode not in (0, 1):
        raise RuntimeError(f"{cmd!r} exited {p.returncode}: {p.stderr[-500:]}")
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", t)
    wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", t).group(1)) for k in ("User", "System"))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
    return wall, cpu, rss_kb

dic, peers, txt = os.path.join(bench, "themes.dic"), os.path.join(bench, "peers"), os.path.join(work, "txt")
docx = os.path.join(corpus, "docx")
has = lambda module: importlib.util.find_spec(module) is not None
run = lambda jobs, src, out, cache="--no-cache": (
    f"{tematik} run --quiet --corpus {src} --codebook {dic} --out {work}/{out} --include-interviewer --jobs {jobs} "
    f"{cache}")
warm = f"--cache {work}/cache.sqlite"
# (name, input, what it does, command, available)
tools = [
    ("cat", "txt", "read every file (`cat > /dev/null`)", f"cat {txt}/*.txt > /dev/null", True),
    ("wc -w", "txt", "`LC_ALL=C wc -w`: counts words, nothing else", f"LC_ALL=C wc -w {txt}/*.txt > /dev/null", True),
    ("tematik run", "txt", "full cold run, every default output (HTML, MD, CSV, JSON, SQLite)", run(2, txt, "r2"), True),
    ("tematik run --jobs 1", "txt", "the same, one document at a time", run(1, txt, "r1"), True),
    ("tematik run, warm", "txt", "the same again with the cache, nothing changed: the report is up to date",
     run(2, txt, "rw", warm), True),
    ("tematik codebook audit", "txt",
     "the counting core: read, split into turns, tokenize, code, count, co-occur on every core; no files",
     f"{tematik} codebook audit --corpus {txt} --codebook {dic} --include-interviewer > /dev/null", True),
    ("tematik run, new cache", "txt",
     "the default run over a corpus not seen before: the first row's work, and each document stored in a new cache",
     f"rm -f {work}/new.sqlite*; " + run(2, txt, "rn", f"--cache {work}/new.sqlite"), True),
    ("liwc_py --tokens hyphen", "txt", "PyPI liwc 0.5.0 trie per token, per-document Counter; totals only",
     f"python3 {peers}/liwc_py.py {txt} {dic} --tokens hyphen", has("liwc")),
    ("aho_py", "txt", "pyahocorasick over lower-cased text + token-boundary checks; totals only",
     f"python3 {peers}/aho_py.py {txt} {dic}", has("ahocorasick")),
    ("tematik run (docx)", "docx", "full run over the .docx transcripts", run(2, docx, "rd"), os.path.isdir(docx)),
    ("tematik inspect (docx)", "docx", "text extraction only: unzip, parse, turns, print; files on both cores",
     f"{tematik} inspect {docx}/*.docx > /dev/null", os.path.isdir(docx)),
    ("tematik inspect --jobs 1 (docx)", "docx", "the same, one file at a time, on one core",
     f"{tematik} inspect --jobs 1 {docx}/*.docx > /dev/null", os.path.isdir(docx)),
    ("docx2txt", "docx", "docx2txt.process per file, text extraction only",
     f"python3 {peers}/docx_docx2txt.py {docx}", has("docx2txt") and os.path.isdir(docx)),
]
for name, _, _, _, ok in tools:
    if not ok:
        print(f"note: {name} left out (not installed, or no docx/ folder)", file=sys.stderr)
tools = [t for t in tools if t[4]]

def mb(kind):
    files = glob.glob(os.path.join(txt, "*.txt"))
    if kind == "docx":
        stems = {os.path.basename(p)[:-5] for p in glob.glob(os.path.join(docx, "*.docx"))}
        files = [f for f in files if os.path.basename(f)[:-4] in stems]
    return sum(os.path.getsize(f) for f in files) / 1e6, len(files)

subprocess.run(f"cat {txt}/* {docx}/* > /dev/null 2>&1", shell=True)  # warm the page cache once
subprocess.run(run(2, txt, "rw", warm), shell=True, check=True)  # the run the warm row repeats
walls = {t[0]: [] for t in tools}
cpus = {t[0]: [] for t in tools}
rss = {t[0]: 0 for t in tools}
for r in range(int(rounds)):
    for name, _, _, cmd, _ in tools:
        wall, cpu, kb = run_once(cmd)
        walls[name].append(wall)
        cpus[name].append(cpu)
        rss[name] = max(rss[name], kb)
        print(f"round {r + 1}: {name}: {wall:.2f} s wall, {cpu:.2f} s CPU", file=sys.stderr, flush=True)

rows = []
for name, kind, what, cmd, _ in tools:
    size, files = mb(kind)
    speeds = [size / w for w in walls[name]]
    rows.append(dict(tool=name, what=what, command=cmd, mb=size, files=files, walls=walls[name], cpus=cpus[name],
                     median=statistics.median(speeds), low=min(speeds), high=max(speeds),
                     cpu_mbps=size / statistics.median(cpus[name]), rss_mb=rss[name] / 1024))
reference = {r["tool"]: r["median"] for r in rows}
print(f"| tool | input | MB/s median | MB/s min-max | Tematik ÷ tool | MB per CPU s | peak RSS MB | what it does |")
print("|---|---|---:|---:|---:|---:|---:|---|")
for row in rows:
    base = reference["tematik run (docx)"] if row["command"].find("/docx") >= 0 else reference["tematik run"]
    print(f"| {row['tool']} | {row['mb']:.0f} MB, {row['files']} files | {row['median']:.1f} | "
          f"{row['low']:.1f}-{row['high']:.1f} | {base / row['median']:.2f} | {row['cpu_mbps']:.1f} | "
          f"{row['rss_mb']:.0f} | {row['what']} |")

# The issue's targets as ratios of this run's medians (MB/s of the first tool over the second's).
targets = [
    ("full cold run ÷ `wc -w` (target ≥ 1)", "tematik run", "wc -w"),
    ("counting core ÷ `wc -w` (target ≥ 2)", "tematik codebook audit", "wc -w"),
    ("full cold run ÷ `liwc_py` (target ≥ 15)", "tematik run", "liwc_py --tokens hyphen"),
    ("full cold run ÷ `aho_py` (target ≥ 3)", "tematik run", "aho_py"),
    ("`.docx` extraction ÷ docx2txt (target ≥ 5)", "tematik inspect (docx)", "docx2txt"),
    ("`--jobs 2` ÷ `--jobs 1` (target ≥ 1.8)", "tematik run", "tematik run --jobs 1"),
    ("warm ÷ cold (target ≥ 10)", "tematik run, warm", "tematik run"),
]
print()
for label, fast, slow in targets:
    if fast in reference and slow in reference:
        print(f"- {label}: {reference[fast] / reference[slow]:.2f}")
if json_out:
    with open(json_out, "w") as f:
        json.dump(rows, f, indent=1)
PY

# Category totals: Tematik's counts.csv (interviewer turns included, like the peers) beside aho_py's.
echo
echo "Category totals, Tematik (counts.csv) and aho_py:"
awk -F, '$1 == "code" { printf "%s %s  ", $2, $5 } END { print "" }' "$work/r2/counts.csv"
python3 -c 'import importlib.util,sys; sys.exit(importlib.util.find_spec("ahocorasick") is None)' \
    && python3 "$bench/peers/aho_py.py" "$work/txt" "$bench/themes.dic"
