#!/usr/bin/env bash
# Backup and verify speed of lync-backup against rsync -a, cp -a and
# sha256sum -c, measured in the same run, interleaved, from the same cache
# state. Not part of ctest; see tests/bench/README.md.
#   tests/bench/bench_backup.sh [BUILD_DIR]
# Environment: BENCH_DIR (work folder, default /var/tmp/lbw-bench), ROUNDS (3),
#   BENCH_SCALE (1.0 = ~40,000 files of 1-64 KiB + ~100 of 4-16 MiB, ~1.6 GB),
#   BENCH_FILES (instead: that many files of 0-2 KiB, e.g. 1000000).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
cli="$build/app/lync-backup"
[ -x "$cli" ] || { echo "build the project first (./setup.sh): $cli is missing" >&2; exit 2; }
for tool in rsync sha256sum python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install rsync python3)" >&2; exit 2; }
done
work=${BENCH_DIR:-/var/tmp/lbw-bench}
rounds=${ROUNDS:-3}
scale=${BENCH_SCALE:-1.0}
small_files=${BENCH_FILES:-0}
src="$work/store"
mkdir -p "$work"

# 1. The synthetic file store, kept between runs (marker names its scale).
marker="$src/.bench-scale-$scale-files-$small_files"
if [ ! -f "$marker" ]; then
  rm -rf "$src"
  echo "== Generating the synthetic store in $src (scale $scale)"
  python3 - "$src" "$scale" "$small_files" <<'PY'
import os, random, sys
root, scale, only_small = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
random.seed(2013)
small, large = int(40000 * scale), max(1, int(100 * scale))
if only_small:
    for i in range(only_small):
        d = os.path.join(root, '1-WebServices-1', 'CollabContent', 'org%04d' % (i % 2000))
        if i < 2000:
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'conteúdo %07d.bin' % i), 'wb') as f:
            f.write(os.urandom(random.randint(0, 2048)))
    sys.exit(0)
block = os.urandom(16 << 20)
def write(path, size):
    with open(path, 'wb') as f:
        off = random.randrange(0, len(block) - min(size, len(block)) + 1)
        while size > 0:
            n = min(size, len(block) - off)
            f.write(block[off:off + n]); size -= n; off = 0
for i in range(small):
    d = os.path.join(root, '1-WebServices-1', 'CollabContent', 'org%03d' % (i % 400))
    os.makedirs(d, exist_ok=True)
    write(os.path.join(d, 'conteúdo %05d.bin' % i), random.randint(1, 64) * 1024)
d = os.path.join(root, '1-ApplicationServer-1', 'gravações')
os.makedirs(d, exist_ok=True)
for i in range(large):
    write(os.path.join(d, 'gravação %03d.wma' % i), random.randint(4, 16) << 20)
PY
  touch "$marker"
fi
files=$(find "$src" -type f ! -name '.bench-scale-*' | wc -l)
bytes=$(du -sb --exclude='.bench-scale-*' "$src" | cut -f1)
echo "== Store: $files files, $((bytes / 1048576)) MiB; $rounds rounds"

dropped=no
cold() {
  sync
  if echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then dropped=yes; fi
}
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.3f}')"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
dest="$work/dest"
cleanup() { rm -rf "$dest"; }
trap cleanup EXIT

# Runs a command, appends its seconds to the array named $1 and its peak RSS
# (KiB, when /usr/bin/time exists) to the array named $2 ("-": not kept).
timed() {
  local times=$1 peaks=$2; shift 2
  local t0 t1
  t0=$(now)
  if [ -x /usr/bin/time ] && [ "$peaks" != - ]; then
    /usr/bin/time -f '%M' -o "$work/rss" "$@"
    eval "$peaks+=(\"$(cat "$work/rss")\")"
  else
    "$@"
  fi
  t1=$(now)
  if [ "$times" != - ]; then eval "$times+=(\"$(elapsed "$t0" "$t1")\")"; fi
}
# Touches every 20th file (5%): a new time, so both tools copy it again.
change_five_percent() {
  find "$src" -type f ! -name '.bench-scale-*' | awk 'NR % 20 == 0' | xargs -d '\n' touch
}
# (A command line, not a function: /usr/bin/time runs programs.)
lbw_backup=(sh -c "exec '$cli' backup --no-verify --location '$dest/lbw' --filestore 'store=$src' >'$work/out' 2>'$work/err'")

full=(); rs=(); cpa=(); same=(); rsl=(); five=(); rsl5=(); ver=(); sha=(); verw=(); shaw=(); res=(); cpr=()
rss_backup=(); rss_verify=(); rss_list=(); rss_restore=()
for round in $(seq 1 "$rounds"); do
  echo "-- round $round"
  rm -rf "$dest"; mkdir -p "$dest"
  # 1. Full backup against rsync -a and cp -a.
  cold; timed full rss_backup "${lbw_backup[@]}"
  first_set=$(tail -n 1 "$work/out")
  cold; timed rs - sh -c "rsync -a '$src/' '$dest/rsync1/' && sync"
  cold; timed cpa - sh -c "cp -a '$src' '$dest/cp' && sync"
  # 2. The same store again: lync-backup links to its previous set, rsync to its copy.
  cold; timed same - "${lbw_backup[@]}"
  cold; timed rsl - sh -c "rsync -a --link-dest='$dest/rsync1' '$src/' '$dest/rsync2/' && sync"
  # 3. After 5% of the files changed.
  change_five_percent
  cold; timed five - "${lbw_backup[@]}"
  last_set=$(tail -n 1 "$work/out")
  cold; timed rsl5 - sh -c "rsync -a --link-dest='$dest/rsync2' '$src/' '$dest/rsync3/' && sync"
  # 4. Verify against sha256sum -c, cold and warm.
  cold; timed ver rss_verify sh -c "'$cli' verify '$last_set' >/dev/null 2>&1"
  cold; timed sha - sh -c "cd '$last_set' && sha256sum -c --quiet SHA256SUMS"
  "$cli" verify "$last_set" >/dev/null 2>&1
  timed verw - sh -c "'$cli' verify '$last_set' >/dev/null 2>&1"
  timed shaw - sh -c "cd '$last_set' && sha256sum -c --quiet SHA256SUMS"
  # 5. list of the location, and restore (which verifies what it wrote) against cp -a.
  timed - rss_list sh -c "'$cli' list '$dest/lbw' >/dev/null"
  cold; timed res rss_restore sh -c "'$cli' restore '$first_set' --item store --target 'store=$dest/restored' >/dev/null 2>&1 && sync"
  cold; timed cpr - sh -c "cp -a '$first_set/filestores/store' '$dest/cp-restored' && sync"
  rm -rf "$dest"
done

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
m() { median "$@"; }
echo
echo "Caches dropped before each timed command: $dropped"
printf '%-52s %9s %9s %7s %s\n' "median seconds" "lync" "anchor" "ratio" "target"
row() { printf '%-52s %9s %9s %7s %s\n' "$1" "$2" "$3" "$(ratio "$2" "$3")" "$4"; }
row "full backup / (rsync -a + sync)" "$(m "${full[@]}")" "$(m "${rs[@]}")" "<= 0.60"
row "full backup / (cp -a + sync)" "$(m "${full[@]}")" "$(m "${cpa[@]}")" ""
row "unchanged re-run / (rsync --link-dest + sync)" "$(m "${same[@]}")" "$(m "${rsl[@]}")" "<= 0.30"
row "re-run after 5% changed / (rsync --link-dest + sync)" "$(m "${five[@]}")" "$(m "${rsl5[@]}")" "<= 0.40"
row "verify / sha256sum -c, cold (lower is faster)" "$(m "${ver[@]}")" "$(m "${sha[@]}")" "<= 0.25"
row "verify / sha256sum -c, warm" "$(m "${verw[@]}")" "$(m "${shaw[@]}")" ""
row "restore + verify / (cp -a + sync)" "$(m "${res[@]}")" "$(m "${cpr[@]}")" "<= 1.00"
if [ ${#rss_backup[@]} -gt 0 ]; then
  echo
  echo "peak RSS (KiB): backup $(m "${rss_backup[@]}"), verify $(m "${rss_verify[@]}"), list $(m "${rss_list[@]}"), restore $(m "${rss_restore[@]}")   (target < 300 MB each)"
fi
