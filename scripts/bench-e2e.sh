#!/usr/bin/env bash
# End-to-end benchmark: generates the large corpus, scans it with `ferret scan` on 1 and 2 threads (MB/s, objects/s,
# peak RSS), runs ripgrep with the same identifier regexes over the same text files as a raw multi-pattern reference,
# and runs secretlint (npm, recommended preset) against Ferret's credential identifiers on those text files, for speed
# and for agreement (counts of files and lines flagged; never values).
# Usage: scripts/bench-e2e.sh [SIZE (default 20M)] [SEED (default 42)] [WORK DIR (default a temp dir)]
# The default is 20 MB because the whole run (three ferret scans of everything, ripgrep's multi-line pass, secretlint)
# takes several minutes at that size on the 2-core development machine; Ferret scans a few MB/s with the whole
# catalogue, so 200 MB would take about an hour. Pass a larger SIZE on a bigger machine.
# Timings include JVM and Node start-up. Run on a quiet machine; on a shared one, say so next to the numbers.
# secretlint is installed with npm into $SECRETLINT_DIR (default ~/.cache/ferret-bench/secretlint) when absent.
set -euo pipefail

size="${1:-20M}"
seed="${2:-42}"
work="${3:-$(mktemp -d /tmp/ferret-bench.XXXXXX)}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
bench_jar="benchmarks/target/benchmarks.jar"

if [ ! -f "$bench_jar" ]; then
  ./mvnw -q -pl benchmarks -am package -DskipTests
fi

corpus="$work/corpus"
if [ ! -f "$corpus/truth.jsonl" ]; then
  echo "== generating a $size corpus (seed $seed) in $corpus"
  "$java" -cp "$bench_jar" dev.ferret.corpus.CorpusGenerator "$corpus" "$seed" "$size"
fi

# The text files, hard-linked into their own tree: the set both ferret and ripgrep read for the reference ratio.
text="$work/text"
if [ ! -d "$text" ]; then
  (cd "$corpus" && find . -type f ! -name truth.jsonl \
     \( -name '*.csv' -o -name '*.tsv' -o -name '*.json' -o -name '*.jsonl' -o -name '*.log' -o -name '*.env' \
        -o -name '*.yaml' -o -name '*.html' -o -name '*.xml' -o -name '*.md' -o -name '*.eml' -o -name '*.txt' \) -print0 \
     | while IFS= read -r -d '' f; do mkdir -p "$text/$(dirname "$f")"; ln "$f" "$text/$f"; done)
fi

# The scanner command: the ./ferret launcher if the CLI is there, else its main class on a built class path.
ferret_cmd=()
if [ -x ./ferret ]; then
  [ -f cli/target/ferret.jar ] || ./mvnw -q -pl cli -am package -DskipTests
  ferret_cmd=(./ferret)
elif [ -d cli/src/main/java/dev/ferret/cli ]; then
  ./mvnw -q -pl cli -am compile dependency:build-classpath -Dmdep.outputFile="$work/cli.cp"
  ferret_cmd=("$java" --enable-native-access=ALL-UNNAMED -cp "cli/target/classes:detector-core/target/classes:identifiers/target/classes:$(cat "$work/cli.cp")" dev.ferret.cli.FerretCommand)
fi

bytes_of() { find "$1" -type f ! -name truth.jsonl -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
files_of() { find "$1" -type f ! -name truth.jsonl | wc -l; }

# Runs "$@" under /usr/bin/time -v; prints "wall_seconds peak_rss_kb".
timed() {
  /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || {
    echo "command failed: $*" >&2; tail -5 "$work/stderr.txt" >&2; return 1; }
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" \
         | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  echo "$wall $rss"
}

report() { # name, dir, wall, rss
  if [ -z "${3:-}" ]; then echo "$1: failed (see $work/stderr.txt)"; return; fi
  awk -v n="$1" -v b="$(bytes_of "$2")" -v f="$(files_of "$2")" -v w="$3" -v r="$4" \
    'BEGIN { printf "%-28s %8.1f MB %7d objects %8.2f s %8.2f MB/s %9.1f objects/s %7.0f MB peak RSS\n", n, b/1048576, f, w, b/1048576/w, f/w, r/1024 }'
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$java" -version 2>&1 | head -1)"
ferret_text_wall=""
if [ ${#ferret_cmd[@]} -gt 0 ]; then
  for threads in 1 2; do
    wall=""
    read -r wall rss < <(timed "${ferret_cmd[@]}" scan "$corpus" --threads "$threads" --no-progress --exit-code 0 -o "$work/findings.json") || true
    report "ferret all, --threads $threads" "$corpus" "$wall" "$rss"
  done
  wall=""
  read -r wall rss < <(timed "${ferret_cmd[@]}" scan "$text" --threads 1 --no-progress --exit-code 0 -o "$work/findings.json") || true
  report "ferret text, --threads 1" "$text" "$wall" "$rss"
  ferret_text_wall="$wall"
else
  echo "ferret: the CLI is not in this tree yet; only the ripgrep reference runs"
fi

if ! command -v rg > /dev/null; then
  apt-get update -qq && apt-get install -y -qq ripgrep > /dev/null
fi
"$java" -cp "$bench_jar" dev.ferret.benchmarks.PrintPatterns > "$work/patterns.txt"
# Patterns that match a line break (private keys) need rg's multi-line mode (-U), which is much slower for every
# pattern; so ripgrep runs twice: the single-line patterns alone, and all of them with -U.
grep -v '\\n' "$work/patterns.txt" > "$work/line-patterns.txt" || true
rg_run() { # name, pattern file, extra rg flags...
  local name="$1" patterns="$2" wall="" rss=""
  shift 2
  # rg exits 1 when nothing matches, which is not a failure here
  read -r wall rss < <(timed sh -c 'p="$1"; d="$2"; shift 2; rg "$@" -j 1 --no-messages -c -f "$p" "$d"; [ $? -le 1 ]' rg \
                        "$patterns" "$text" "$@") || true
  report "$name ($(wc -l < "$patterns") patterns)" "$text" "$wall" "$rss"
  if [ -n "$ferret_text_wall" ] && [ -n "$wall" ]; then
    awk -v f="$ferret_text_wall" -v r="$wall" -v n="$name" 'BEGIN { printf "  ferret / %s, same text files, 1 thread: %.1fx the time\n", n, f/r }'
  fi
}
rg_run "ripgrep -j 1, line patterns" "$work/line-patterns.txt"
rg_run "ripgrep -j 1 -U, all" "$work/patterns.txt" -U

# secretlint against Ferret's credential identifiers, both on one thread (secretlint runs on one), same text files.
secretlint_dir="${SECRETLINT_DIR:-$HOME/.cache/ferret-bench/secretlint}"
secretlint="$secretlint_dir/node_modules/.bin/secretlint"
if [ ! -x "$secretlint" ]; then
  npm install --silent --prefix "$secretlint_dir" secretlint @secretlint/secretlint-rule-preset-recommend > /dev/null
fi
[ -f "$secretlint_dir/.secretlintrc.json" ] ||
  echo '{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }' > "$secretlint_dir/.secretlintrc.json"
if [ ${#ferret_cmd[@]} -gt 0 ]; then
  credentials=$("${ferret_cmd[@]}" identifiers --format json | jq -r '[.[] | select(.category == "CREDENTIALS") | .id] | join(",")')
  wall=""
  read -r wall rss < <(timed "${ferret_cmd[@]}" scan "$text" --threads 1 --no-progress --exit-code 0 -o "$work/findings.json" \
                         --managed-identifiers "INCLUDE:$credentials" --results "$work/ferret-credentials.jsonl") || true
  report "ferret text, credentials" "$text" "$wall" "$rss"
  ferret_credentials_wall="$wall"
  # The JSON report holds each flagged file's content: it stays in the work dir, and only counts are printed.
  # secretlint exits 1 when it finds something, which is not a failure here.
  wall=""
  read -r wall rss < <(timed sh -c '"$1" "$2/**/*" --secretlintrc "$3" --format json --output "$4"; [ $? -le 1 ]' secretlint \
                         "$secretlint" "$text" "$secretlint_dir/.secretlintrc.json" "$work/secretlint.json") || true
  report "secretlint $("$secretlint" --version)" "$text" "$wall" "$rss"
  if [ -n "$ferret_credentials_wall" ] && [ -n "$wall" ]; then
    awk -v f="$ferret_credentials_wall" -v s="$wall" \
      'BEGIN { printf "  ferret credentials / secretlint, same text files, 1 thread: %.2fx the time\n", f/s }'
    echo "  agreement ($(echo "$credentials" | tr ',' '\n' | wc -l) ferret credential identifiers, secretlint recommended preset):"
    python3 scripts/credential-agreement.py "$text" "$work/secretlint.json" "$work/ferret-credentials.jsonl"
  fi
fi
echo "== work dir (delete when done): $work"
