#!/usr/bin/env bash
# Windows type-check: compiles every translation unit of core/, app/ and ui/
# with the mingw-w64 cross compiler (-fsyntax-only) against the Win32
# headers, with the project's own definitions and warnings and -Werror, so
# that a Windows path (core/platform/Platform_win.cpp, every #ifdef Q_OS_WIN)
# that stops compiling fails CI. Nothing is linked or run: Debian ships no Qt
# built for Windows (README, "Building on Windows").
#
#   tests/windows/check.sh [--args FILE] [--compiler CXX] [--jobs N] [FILE.cpp...]
#
# --args    what to compile and how, written by tests/windows/CMakeLists.txt
#           when the project is configured (default: ${BUILD_DIR:-build}/tests/windows/typecheck.args)
# --compiler  default x86_64-w64-mingw32-g++-posix (Debian: g++-mingw-w64-x86-64-posix and
#           mingw-w64-x86-64-dev; the posix flavour, since std::thread and std::mutex need it)
# --jobs    compilers at a time (default: the number of processors)
# FILE.cpp  check only these (default: every unit the args file names)
#
# Each failing file is printed with its errors; the last line sums up. Exit
# code: 0 all compile, 1 a file fails, 2 the check cannot run, 77 there is
# no such compiler (ctest reports the test as skipped).
set -euo pipefail

project=$(cd "$(dirname "$0")/../.." && pwd)
args_file="${BUILD_DIR:-build}/tests/windows/typecheck.args"
cxx=x86_64-w64-mingw32-g++-posix
jobs=$(nproc 2>/dev/null || echo 2)
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --args) args_file=$2; shift 2 ;;
    --compiler) cxx=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "check.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) only+=("$(realpath "$1")"); shift ;;
  esac
done
cd "$project"

if ! command -v "$cxx" >/dev/null; then
  echo "check.sh: $cxx not found. On Debian: apt-get install g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev" >&2
  exit 77
fi
if [ ! -f "$args_file" ]; then
  echo "check.sh: $args_file not found: configure the project first (cmake -S . -B build), or give --args" >&2
  exit 2
fi

work=$(mktemp -d /tmp/lbw-windows-check.XXXXXX)
trap 'rm -rf "$work"' EXIT

# --- Third-party headers ------------------------------------------------------
# The libraries core links (spdlog with fmt, OpenSSL, SQLite, libzip) are
# header-compatible across systems, but Debian keeps them in /usr/include,
# beside glibc's headers; that folder must never be searched, or a Windows
# path that includes a POSIX header (<sys/ioctl.h>, <dirent.h>) would find
# glibc's and pass. So only these headers are linked into a folder of their
# own. A library added to core needs a line here: its headers are then
# reported missing.
multiarch=$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
mkdir -p "$work/include"
for header in spdlog fmt openssl sqlite3.h sqlite3ext.h zip.h zipconf.h; do
  [ -e "/usr/include/$header" ] && ln -s "/usr/include/$header" "$work/include/$header"
done
# OpenSSL's configuration.h and opensslconf.h are per architecture. Linux
# x86-64's describe an LP64 build (BN_ULONG as unsigned long), which Windows
# is not; Sha256.cpp uses the EVP digest calls only, whose types do not
# depend on it.
mkdir -p "$work/include-arch"
[ -d "/usr/include/$multiarch/openssl" ] && ln -s "/usr/include/$multiarch/openssl" "$work/include-arch/openssl"

# --- The compiler's arguments, from the args file ------------------------------
# Qt: Debian's Qt 6 headers serve as they are. Their configuration
# (qconfig.h, qtcore-config.h, ...) is Linux's build of Qt, but the features
# that differ on Windows (glib, inotify, eventfd, dbus, xcb) are used by Qt's
# private headers and the X11 native interface only, never by a public
# header the project includes; what the public headers do for Windows
# follows Q_OS_WIN, which the compiler's _WIN32 sets. So no copy of those
# headers is kept here to drift from Qt's. The one Linux-only folder,
# mkspecs/linux-g++ (qplatformdefs.h), is replaced by mkspecs/win32-g++. The
# probe below proves the target is Windows before any unit is checked.
flags=()
source_root=$(sed -n 's/^P //p' "$args_file")
binary_root=$(sed -n 's/^B //p' "$args_file")
while IFS= read -r line; do
  kind=${line%% *}
  value=${line#* }
  [ "$kind" = "$line" ] || [ -z "$value" ] && continue
  case "$kind" in
    D) flags+=("-D$value") ;;
    O) case "$value" in -W*|-std=*) flags+=("$value") ;; esac ;;  # warnings; not -fsanitize, -fPIC
    I)
      case "$value" in
        "$source_root"|"$source_root"/*|"$binary_root"/*) flags+=("-I$value") ;;
        /usr/include|/usr/local/include|/usr/include/"$multiarch") ;;  # Linux's own headers: never
        */mkspecs/linux-g++*) flags+=(-isystem "${value%/mkspecs/*}/mkspecs/win32-g++") ;;
        *) flags+=(-isystem "$value") ;;  # Qt's: system headers, their warnings are Qt's
      esac ;;
  esac
done < <(grep -v '^#' "$args_file" | awk '!seen[$0]++')
# -Werror for the project's own files; -isystem keeps Qt's warnings out.
flags+=(-isystem "$work/include" -isystem "$work/include-arch" -Werror -fsyntax-only)

units=()
if [ ${#only[@]} -gt 0 ]; then
  units=("${only[@]}")
else
  mapfile -t units < <(sed -n 's/^S //p' "$args_file")
fi
if [ ${#units[@]} -eq 0 ]; then
  echo "check.sh: $args_file names no source file" >&2
  exit 2
fi

# One response file for every compiler run; each argument escaped for GCC's
# @file syntax (a backslash before every character that is not plain).
for flag in "${flags[@]}"; do
  printf '%s\n' "$flag" | sed 's/[^A-Za-z0-9_./=+-]/\\&/g'
done >"$work/flags.rsp"

# --- The probe: the check means something only for a Windows target ---------
cat >"$work/probe.cpp" <<'PROBE'
#include <QtGlobal>
#if !defined(Q_OS_WIN) || defined(Q_OS_LINUX) || defined(Q_OS_UNIX)
#error "Qt does not see a Windows target: the type-check would check Linux"
#endif
#include <windows.h>
static_assert(sizeof(long) == 4 && sizeof(void *) == 8, "not LLP64: not 64-bit Windows");
static_assert(sizeof(wchar_t) == 2, "wchar_t is not UTF-16");
PROBE
if ! "$cxx" @"$work/flags.rsp" "$work/probe.cpp" >"$work/probe.log" 2>&1; then
  cat "$work/probe.log"
  echo "== Windows type-check: cannot run (the probe above did not compile)"
  exit 2
fi

# --- Every unit, $jobs at a time ------------------------------------------------
echo "== Windows type-check: ${#units[@]} files with $cxx -fsyntax-only, $jobs at a time"
start=$(date +%s)
mkdir -p "$work/logs"
export cxx work
# Numbered, so the failures are printed in the order of the list.
for i in "${!units[@]}"; do printf '%05d\t%s\n' "$i" "${units[$i]}"; done |
  xargs -d '\n' -n 1 -P "$jobs" bash -c '
    number=${1%%$'"'"'\t'"'"'*}
    file=${1#*$'"'"'\t'"'"'}
    "$cxx" @"$work/flags.rsp" "$file" >"$work/logs/$number" 2>&1 || echo "$number $file" >>"$work/failed"' _
elapsed=$(( $(date +%s) - start ))

failed=0
if [ -f "$work/failed" ]; then
  while read -r number file; do
    failed=$((failed + 1))
    echo
    echo "== FAILED for Windows: ${file#"$project"/}"
    cat "$work/logs/$number"
  done < <(sort -n "$work/failed")
  echo
fi
if [ $failed -gt 0 ]; then
  echo "== Windows type-check: $failed of ${#units[@]} files FAILED (${elapsed} s)"
  exit 1
fi
echo "== Windows type-check: all ${#units[@]} files compile for Windows (${elapsed} s)"
