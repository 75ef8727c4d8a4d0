#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (-fsanitize=fuzzer,
# address,undefined; the core library with the same sanitizers) and runs each
# for SECONDS (default 60), then prints the executions and the findings of
# every target (README, "Fuzzing and sanitizers"). Not part of ctest.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     e.g. tests/fuzz/run.sh 300 fuzz_manifest
#
# FUZZ_BUILD_DIR (default build-fuzz) is the build folder; its corpus/ keeps
# what the fuzzers learnt between runs, its artifacts/ every crashing input.
# The inputs of the findings reported so far are in tests/fuzz/findings/<target>/
# and are replayed first ("known"). A target keeps going after a finding
# (-fork=1 -ignore_crashes=1); the findings are told apart by their first
# report line. Exit status: 0 when no target found anything new.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${1:-60}
shift || true
case "$seconds" in ''|*[!0-9]*) echo "usage: $0 [SECONDS] [TARGET...]" >&2; exit 2 ;; esac
build=${FUZZ_BUILD_DIR:-build-fuzz}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
fuzz="$root/tests/fuzz"
all_targets=(fuzz_topology fuzz_manifest fuzz_entry_line fuzz_name_codec fuzz_sha256sums fuzz_plan)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
# clang and its runtimes (libFuzzer is in libclang-rt-14-dev on Debian 12),
# and what the core library builds with.
packages=(clang libclang-rt-dev cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
  libspdlog-dev libssl-dev libsqlite3-dev libzip-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "== Building the fuzz targets in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DLBW_FUZZ=ON -DLBW_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target "${targets[@]}"

# UBSan reports are findings (halt_on_error); tests/fuzz/ubsan.supp names the
# known ones that are being fixed elsewhere, so the fuzzer goes on past them.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:symbolize=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:symbolize=1:suppressions=$fuzz/ubsan.supp"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

dict_for() {
  case "$1" in
    fuzz_topology) echo "-dict=$fuzz/dict/xml.dict" ;;
    fuzz_manifest|fuzz_plan) echo "-dict=$fuzz/dict/json.dict" ;;
  esac
}

# The first line that says what went wrong: a sanitizer's SUMMARY or a broken property.
first_report() {
  grep -m1 -E '^SUMMARY: |FUZZ CHECK FAILED|^==[0-9]+==ERROR: ' "$1" | sed -E 's/^==[0-9]+==//' || echo "crash without a report (see $1)"
}

summary=()
new_total=0
stamp=$(date -u +%Y%m%dT%H%M%SZ)
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/$t"
  corpus="$build/corpus/$t"
  artifacts="$build/artifacts/$t/$stamp"
  logs="$build/logs/$t"
  mkdir -p "$corpus" "$artifacts" "$logs"
  seeds=("$fuzz/corpus/$t")
  [ "$t" = fuzz_topology ] && seeds+=("$root/tests/data")

  # The findings reported before: do they still fail?
  known=0 still=0
  for input in "$fuzz/findings/$t"/*; do
    [ -f "$input" ] || continue
    case "$input" in *.txt|*.md) continue ;; esac
    known=$((known + 1))
    "$bin" "$input" >"$logs/replay.log" 2>&1 || still=$((still + 1))
  done

  echo "== $t: ${seconds}s"
  # shellcheck disable=SC2046
  "$bin" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -artifact_prefix="$artifacts/" \
    $(dict_for "$t") "$corpus" "${seeds[@]}" >"$logs/run-$stamp.log" 2>&1 || true
  # fork mode's progress: "#1234: cov: 567 ft: 890 corp: 12 exec/s 2000 oom/timeout/crash: 0/0/1 time: 60s job: 9 ..."
  last=$(grep -E '^#[0-9]+: cov:' "$logs/run-$stamp.log" | tail -n 1 || true)
  execs=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$last")
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
  rate=$(sed -nE 's/.*exec\/s:? ([0-9]+).*/\1/p' <<<"$last")
  crashes=$(sed -nE 's/.*oom\/timeout\/crash: ([0-9]+\/[0-9]+\/[0-9]+).*/\1/p' <<<"$last")

  # Tell this run's inputs apart by what they report.
  declare -A kinds=()
  for input in "$artifacts"/*; do
    [ -f "$input" ] || continue
    case "$input" in *.log) continue ;; esac
    "$bin" "$input" >"$input.log" 2>&1 && continue
    report=$(first_report "$input.log")
    [ -n "${kinds[$report]:-}" ] || kinds[$report]="$input"
  done
  new=${#kinds[@]}
  new_total=$((new_total + new))
  summary+=("$(printf '%-16s %10s execs %6s exec/s  cov %-5s oom/timeout/crash %-8s distinct findings %s  (known: %s, still failing: %s)' \
    "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${crashes:-?}" "$new" "$known" "$still")")
  for k in "${!kinds[@]}"; do summary+=("    $k" "      e.g. ${kinds[$k]}"); done
  unset kinds
done

echo
echo "== Fuzzing summary (${seconds}s per target; inputs in $build/artifacts/<target>/, logs in $build/logs/)"
printf '%s\n' "${summary[@]}"
[ "$new_total" = 0 ]
