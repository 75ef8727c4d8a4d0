#!/usr/bin/env bash
# Backup and verify speed of lync-backup against rsync -a, cp -a and
# sha256sum -c, measured in the same run, interleaved, from the same cache
# state. Not part of ctest; see tests/bench/README.md.
#   tests/bench/bench_backup.sh [BUILD_DIR]
# Environment: BENCH_DIR (work folder, default /var/tmp/lbw-bench), ROUNDS (3),
#   BENCH_SCALE (1.0 = ~40,000 files of 1-64 KiB + ~100 of 4-16 MiB, ~1.6 GB).
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
src="$work/store"
mkdir -p "$work"

# 1. The synthetic file store, kept between runs (marker names its scale).
marker="$src/.bench-scale-$scale"
if [ ! -f "$marker" ]; then
  rm -rf "$src"
  echo "== Generating the synthetic store in $src (scale $scale)"
  python3 - "$src" "$scale" <<'PY'
import os, random, sys
root, scale = sys.argv[1], float(sys.argv[2])
random.seed(2013)
small, large = int(40000 * scale), max(1, int(100 * scale))
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

lbw=(); rs=(); cpa=(); ver=(); sha=(); verw=(); shaw=(); rss=()
for round in $(seq 1 "$rounds"); do
  echo "-- round $round"
  rm -rf "$dest"; mkdir -p "$dest"
  cold; t0=$(now)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$work/rss" "$cli" backup --no-verify --location "$dest/lbw" --filestore "store=$src" >"$work/out" 2>"$work/err"
    rss+=("$(cat "$work/rss")")
  else
    "$cli" backup --no-verify --location "$dest/lbw" --filestore "store=$src" >"$work/out" 2>"$work/err"
  fi
  t1=$(now); lbw+=("$(elapsed "$t0" "$t1")")
  set_path=$(tail -n 1 "$work/out")

  cold; t0=$(now); rsync -a "$src/" "$dest/rsync/" && sync; t1=$(now); rs+=("$(elapsed "$t0" "$t1")")
  cold; t0=$(now); cp -a "$src" "$dest/cp" && sync; t1=$(now); cpa+=("$(elapsed "$t0" "$t1")")

  cold; t0=$(now); "$cli" verify "$set_path" >/dev/null 2>&1; t1=$(now); ver+=("$(elapsed "$t0" "$t1")")
  cold; t0=$(now); (cd "$set_path" && sha256sum -c --quiet SHA256SUMS); t1=$(now); sha+=("$(elapsed "$t0" "$t1")")
  # Warm: both read from the page cache.
  "$cli" verify "$set_path" >/dev/null 2>&1
  t0=$(now); "$cli" verify "$set_path" >/dev/null 2>&1; t1=$(now); verw+=("$(elapsed "$t0" "$t1")")
  t0=$(now); (cd "$set_path" && sha256sum -c --quiet SHA256SUMS); t1=$(now); shaw+=("$(elapsed "$t0" "$t1")")
  rm -rf "$dest"
done

m_lbw=$(median "${lbw[@]}"); m_rs=$(median "${rs[@]}"); m_cp=$(median "${cpa[@]}")
m_ver=$(median "${ver[@]}"); m_sha=$(median "${sha[@]}"); m_verw=$(median "${verw[@]}"); m_shaw=$(median "${shaw[@]}")
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
echo
echo "Caches dropped before each timed command: $dropped"
printf '%-44s %9s\n' "median seconds" ""
printf '%-44s %9s\n' "lync-backup backup (copy+hash+manifest+flush)" "$m_lbw"
printf '%-44s %9s\n' "rsync -a && sync" "$m_rs"
printf '%-44s %9s\n' "cp -a && sync" "$m_cp"
printf '%-44s %9s\n' "lync-backup verify (cold cache)" "$m_ver"
printf '%-44s %9s\n' "sha256sum -c (cold cache)" "$m_sha"
printf '%-44s %9s\n' "lync-backup verify (warm cache)" "$m_verw"
printf '%-44s %9s\n' "sha256sum -c (warm cache)" "$m_shaw"
echo
echo "backup / (rsync -a + sync):   $(ratio "$m_lbw" "$m_rs")   (target <= 1.00)"
echo "backup / (cp -a + sync):      $(ratio "$m_lbw" "$m_cp")"
echo "sha256sum -c / verify, cold:  $(ratio "$m_sha" "$m_ver")   (target >= 2.00)"
echo "sha256sum -c / verify, warm:  $(ratio "$m_shaw" "$m_verw")   (target >= 2.00)"
if [ ${#rss[@]} -gt 0 ]; then
  echo "peak RSS of lync-backup backup: $(median "${rss[@]}") KiB"
fi
