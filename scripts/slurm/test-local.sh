#!/usr/bin/env bash
# Integration test on a real Slurm: installs Debian's slurm-wlm, munge and sqlite3, starts a one-node cluster on
# localhost (a private slurm.conf under a temporary folder, no cgroups), codes a 5 MB corpus from
# ../shared/bench/make_corpus.py as a job array of 4 shards plus a dependent merge job, and compares every
# file of the merged report with a single run (`cmp`; `tematik.sqlite` by its rows). Stops the daemons it
# started. Needs root.
#   scripts/slurm/test-local.sh [SHARDS] [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
shards=${1:-4}
size_mb=${2:-5}

if ((EUID != 0)); then
    echo "test-local.sh installs packages and starts Slurm's daemons: run it as root" >&2
    exit 2
fi
apt-cache policy slurm-wlm | sed -n '1,3p'
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null || ! command -v sqlite3 >/dev/null; then
    echo "== apt-get install slurm-wlm munge sqlite3"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge sqlite3 >/dev/null
fi
echo "== $(slurmctld -V), munge $(dpkg-query -W -f '${Version}' munge)"

work=$(mktemp -d /tmp/tematik-slurm.XXXXXX)
chmod 755 "$work"
host=$(hostname -s)
export SLURM_CONF=$work/slurm.conf
munge_pid=""
cleanup() {
    # Only the daemons this script started, by the pids they recorded.
    [[ -f $work/slurmd.pid ]] && kill "$(cat "$work/slurmd.pid")" 2>/dev/null || true
    [[ -f $work/slurmctld.pid ]] && kill "$(cat "$work/slurmctld.pid")" 2>/dev/null || true
    [[ -n $munge_pid ]] && kill "$munge_pid" 2>/dev/null || true
    sleep 1
    echo "== daemons stopped; logs and reports kept in $work"
}
trap cleanup EXIT

echo "== munged"
if [[ ! -s /etc/munge/munge.key ]]; then
    dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
    chown munge:munge /etc/munge/munge.key
    chmod 400 /etc/munge/munge.key
fi
mkdir -p "$work/munge"
chown munge:munge "$work/munge"
runuser -u munge -- /usr/sbin/munged --socket="$work/munge/munge.socket" --pid-file="$work/munge/munged.pid" \
    --log-file="$work/munge/munged.log" --seed-file="$work/munge/munged.seed"
munge_pid=$(cat "$work/munge/munged.pid")
munge --socket="$work/munge/munge.socket" -n | unmunge --socket="$work/munge/munge.socket" | grep STATUS

echo "== slurm.conf for one node ($host, 2 CPUs)"
mkdir -p "$work/state" "$work/spool"
cat >"$SLURM_CONF" <<CONF
ClusterName=tematik-local
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld
slurmd
for _ in $(seq 30); do
    sinfo -h -o '%T' 2>/dev/null | grep -qx idle && break
    sleep 1
done
sinfo

echo "== corpus of $size_mb MB and the release build"
python3 ../shared/bench/make_corpus.py --out "$work/corpus" --size-mb "$size_mb" --seed 1 >/dev/null
du -sh "$work/corpus"
swift build -c release --product tematik 2>&1 | tail -1
export TEMATIK=$repo/.build/release/tematik

echo "== single run"
start=$(date +%s%N)
"$TEMATIK" run --corpus "$work/corpus" --out "$work/single" --quiet
echo "single run: $((($(date +%s%N) - start) / 1000000)) ms"

echo "== sbatch: array of $shards shards, then the merge (afterok)"
cd "$work"
args=(corpus "$repo/Codebooks/ai-kommuner.yaml" partials merged)
array=$(sbatch --parsable --array=0-$((shards - 1)) "$repo/scripts/slurm/tematik-array.sbatch" "${args[@]}")
merge=$(sbatch --parsable --dependency=afterok:"$array" --output=merge-%j.out \
    "$repo/scripts/slurm/tematik-array.sbatch" "${args[@]}")
echo "array job $array, merge job $merge"
for _ in $(seq 600); do
    [[ -z $(squeue -h -j "$array,$merge" 2>/dev/null) ]] && break
    sleep 1
done
for job in $(seq 0 $((shards - 1)) | sed "s/^/${array}_/") "$merge"; do
    scontrol show job "$job" | grep -oE '(JobId|JobName|JobState|ExitCode|RunTime)=[^ ]+' | paste -sd ' '
done
cat tematik-"$array"_*.out merge-"$merge".out

# Every row of every table of a SQLite file, each table sorted by all its columns.
rows() {
    local table
    for table in $(sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"); do
        echo "== $table"
        sqlite3 "$1" "SELECT * FROM $table ORDER BY $(sqlite3 "$1" \
            "SELECT group_concat(cid + 1, ', ') FROM pragma_table_info('$table')")"
    done
}

echo "== merged report against the single run"
status=0
for file in single/*; do
    name=${file#single/}
    # tematik.sqlite's pages differ between equal stores (a merge inserts rows shard by shard): its rows count.
    if [[ $name == tematik.sqlite ]]; then
        if cmp <(rows "single/$name") <(rows "merged/$name"); then echo "same rows  $name"; else status=1; fi
    elif cmp "single/$name" "merged/$name"; then echo "same  $name"; else status=1; fi
done
[[ $(ls single) == $(ls merged) ]] || { echo "the folders hold different files"; status=1; }
((status == 0)) && echo "PASS: the merged report is byte-identical to the single run" || echo "FAIL"
exit $status
