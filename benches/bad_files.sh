#!/usr/bin/env bash
# `check` on bad files: the time for a 50 MB file as its number of problems grows, and for
# files of growing size with problems in proportion. Needs hyperfine (a Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${TMPDIR:-/tmp}/pe-bench-bad
mkdir -p "$dir"
command -v hyperfine >/dev/null || apt-get install -y hyperfine
cargo build --release -q --examples
cargo build --release -q
runs=()
for spec in "50 0" "50 10000" "50 20000" "50 40000" "10 8000" "25 20000"; do
  set -- $spec
  f="$dir/bad-$1mb-$2.json"
  [ -f "$f" ] || target/release/examples/gen_bad "$1" "$2" > "$f"
  runs+=(-n "$1 MB, $2 duplicate ids" "target/release/perfusion-explorer check $f")
done
hyperfine -N -i --warmup 1 --runs 5 --export-markdown "$dir/bad.md" "${runs[@]}"
cat "$dir/bad.md"
