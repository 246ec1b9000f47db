#!/usr/bin/env bash
# Scans a generated text file of SIZE_MB megabytes (default 2048) with a 256 MB heap and checks that every planted
# value is counted: memory must not grow with object size. Usage: scripts/check-bounded-memory.sh [SIZE_MB] [HEAP]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-2048}
heap=${2:-256m}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A 1 MiB block: filler prose plus, on one line each, 16 e-mail addresses (a Ferret extension that needs no keyword).
block="$work/block.txt"
: > "$block"
line="The quarterly report lists revenue by region and product line, with notes on shipping delays and returns."
while [ "$(stat -c %s "$block")" -lt $((1024 * 1024 - 4096)) ]; do
  for _ in $(seq 1 64); do echo "$line"; done >> "$block"
  echo "contact: user$RANDOM@example.org" >> "$block"
done
per_block=$(grep -c '@example.org' "$block")

big="$work/big.txt"
for _ in $(seq 1 "$size_mb"); do cat "$block"; done > "$big"
expected=$((per_block * size_mb))
echo "generated $(du -h "$big" | cut -f1) with $expected e-mail addresses; scanning with -Xmx$heap" >&2

start=$(date +%s)
rss_file="$work/rss"
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f %M -o "$rss_file"); fi
JAVA_OPTS="-Xmx$heap" "${timer[@]}" ./ferret scan "$big" --results "$work/results.jsonl" > "$work/findings.jsonl" || rc=$?
rc=${rc:-0}
elapsed=$(( $(date +%s) - start ))
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
  echo "FAIL: ferret exited $rc" >&2
  exit 1
fi
found=$(python3 -c '
import json, sys
total = 0
for line in open(sys.argv[1]):
    for category in json.loads(line)["classificationDetails"]["result"]["sensitiveData"]:
        total += sum(d["count"] for d in category["detections"] if d["type"] == "EMAIL_ADDRESS")
print(total)' "$work/findings.jsonl")
rss_kb=$(tail -n 1 "$rss_file" 2>/dev/null || echo "?")
echo "scanned ${size_mb} MB in ${elapsed}s (peak RSS ${rss_kb} KB); found ${found:-0} of $expected e-mail addresses" >&2
if [ "${found:-0}" -ne "$expected" ]; then
  echo "FAIL: expected $expected detections" >&2
  exit 1
fi
echo "OK: bounded memory (-Xmx$heap) for a ${size_mb} MB object" >&2
