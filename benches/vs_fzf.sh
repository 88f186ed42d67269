#!/usr/bin/env bash
# Whole-process times of `careerscope search` beside `fzf --filter` at 100,000 synthetic jobs,
# in one hyperfine run per query, after checking that both find the same set of names.
#
#     benches/vs_fzf.sh            # needs fzf and hyperfine (apt-get install fzf hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v fzf >/dev/null && command -v hyperfine >/dev/null \
  || { echo "vs_fzf: needs fzf and hyperfine" >&2; exit 1; }
cargo build --release --quiet --bin careerscope --example synth
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
bin=target/release/careerscope
synth=target/release/examples/synth
"$synth" 100000 --names-only > "$dir/names.json"    # laid out: the index and {"name":…} jobs
"$synth" 100000 > "$dir/jobs.json"                  # every profile, laid out
"$synth" 100000 --plain > "$dir/jobs-plain.json"    # every profile, one JSON value (old layout)
export XDG_DATA_HOME="$dir/xdg"
"$bin" list --data "$dir/names.json" > "$dir/names.txt"
for q in "tech proj" "tec" "t"; do
  a=$("$bin" search --data "$dir/names.json" "$q" | sort | md5sum)
  b=$(fzf --filter "$q" < "$dir/names.txt" | sort | md5sum)
  [ "$a" = "$b" ] || { echo "vs_fzf: '$q' matches differ from fzf" >&2; exit 1; }
  # Through the shell for all (hyperfine subtracts its start-up), as fzf reads standard input.
  hyperfine --warmup 3 --runs "${RUNS:-30}" \
    --command-name "fzf --filter '$q' (names)" "fzf --filter '$q' < $dir/names.txt" \
    --command-name "careerscope search '$q' (names)" "$bin search --data $dir/names.json '$q'" \
    --command-name "careerscope search '$q' (all profiles)" "$bin search --data $dir/jobs.json '$q'" \
    --command-name "careerscope search '$q' (all profiles, old layout)" "$bin search --data $dir/jobs-plain.json '$q'"
done
