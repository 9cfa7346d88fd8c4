#!/usr/bin/env bash
# Whole process against whole process: `perfusion-explorer --data KB search Q` against
# `fzf --filter Q` over the same entries as lines. Ours is timed twice: with the search
# cache (every run after the first for a file) and with --no-cache (the first run, or a
# file that just changed). Needs fzf and hyperfine (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
dir=${TMPDIR:-/tmp}/pe-bench
mkdir -p "$dir"
export XDG_CACHE_HOME="$dir/cache"
command -v fzf >/dev/null && command -v hyperfine >/dev/null || apt-get install -y fzf hyperfine
cargo build --release -q --examples
cargo build --release -q
[ -f "$dir/kb$n.json" ] || target/release/examples/gen_kb "$n" > "$dir/kb$n.json"
target/release/examples/kb_lines "$dir/kb$n.json" > "$dir/kb$n.lines"
# A file changed in the last few seconds is not cached yet (see src/cache.rs).
sleep 3
bin="target/release/perfusion-explorer --data $dir/kb$n.json search"
for q in "per" "perfusionist salary" "oxigenator" "qxzv"; do
  hyperfine -N --warmup 2 --runs 10 --export-markdown "$dir/q-${q// /_}.md" \
    -n "perfusion-explorer '$q' (cached)" "$bin $q --limit 50" \
    -n "perfusion-explorer '$q' (--no-cache)" "$bin $q --limit 50 --no-cache" \
    -n "fzf --filter '$q'" "sh -c 'fzf --filter \"$q\" < $dir/kb$n.lines > /dev/null'"
done
cat "$dir"/q-*.md
