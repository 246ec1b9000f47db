#!/usr/bin/env bash
# Scans the same files from a local S3 server (S3Proxy, as its own process on 127.0.0.1) and from local disk, in the
# same run, and prints objects/s for many small objects, MB/s for a few large ones, and the S3/disk ratios.
# Usage: scripts/bench-s3.sh [SMALL_COUNT] [LARGE_COUNT] [LARGE_MB] [THREADS]   (defaults: 10000 4 256 all cores)
# Needs a build: ./mvnw -q -DskipTests package (which also copies S3Proxy into s3-crawler/target/test-servers/), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
small_count=${1:-10000}
large_count=${2:-4}
large_mb=${3:-256}
threads=${4:-$(nproc)}
jar=s3-crawler/target/test-servers/s3proxy.jar
[ -f "$jar" ] && [ -f cli/target/ferret.jar ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

work=$(mktemp -d)
s3proxy_pid=
cleanup() {
  [ -n "$s3proxy_pid" ] && kill "$s3proxy_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- data: small text files with a few planted values, and large CSV files ----------------------------------------
python3 - "$work/data" "$small_count" "$large_count" "$large_mb" <<'PY'
import os, random, sys
root, small, large, large_mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rnd = random.Random(5)
os.makedirs(f"{root}/small"); os.makedirs(f"{root}/large")
prose = "The quarterly report lists revenue by region and product line, with notes on shipping delays.\n"
for i in range(small):
    with open(f"{root}/small/doc-{i:06d}.txt", "w") as f:
        f.write(prose * rnd.randint(5, 20))
        if i % 10 == 0:
            f.write(f"contact: user{i}@example.org\n")
row = "1042,Jordan Smith,Springfield,order shipped on time,ok\n"
block = row * ((1 << 20) // len(row))
for i in range(large):
    with open(f"{root}/large/export-{i}.csv", "w") as f:
        f.write("id,name,city,note,status\n")
        for m in range(large_mb):
            f.write(block)
            f.write(f"{m},Pat Lee,Salem,reach me at pat{m}@example.org,ok\n")
PY

# --- S3Proxy -------------------------------------------------------------------------------------------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$work/s3proxy.properties" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench
s3proxy.credential=bench-secret
jclouds.provider=transient
jclouds.identity=unused
jclouds.credential=unused
PROPS
"$java" -Xmx4g -jar "$jar" --properties "$work/s3proxy.properties" > "$work/s3proxy.log" 2>&1 &
s3proxy_pid=$!
endpoint="http://127.0.0.1:$port"
for _ in $(seq 1 300); do
  curl -s -o /dev/null "$endpoint/" && break
  sleep 0.2
done
sign=(--aws-sigv4 "aws:amz:us-east-1:s3" --user bench:bench-secret -H "x-amz-content-sha256: UNSIGNED-PAYLOAD")
upload() { # bucket folder
  curl -sf "${sign[@]}" -X PUT "$endpoint/$1" > /dev/null
  (cd "$2" && ls) | xargs -P 8 -I{} curl -sf "${sign[@]}" -T "$2/{}" "$endpoint/$1/{}" > /dev/null
}
echo "uploading $small_count small and $large_count x $large_mb MB objects to S3Proxy on port $port" >&2
upload small "$work/data/small"
upload large "$work/data/large"

# --- scans ---------------------------------------------------------------------------------------------------------
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench-secret AWS_REGION=us-east-1
calc() { python3 -c "print($1)"; }
seconds() { # ferret arguments...: prints the wall time of one scan
  local start end rc=0
  start=$(date +%s.%N)
  ./ferret scan --no-progress --threads "$threads" "$@" > "$work/findings.jsonl" || rc=$?
  end=$(date +%s.%N)
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then echo "scan failed ($rc): $*" >&2; exit 1; fi
  calc "$end - $start"
}
findings() { wc -l < "$work/findings.jsonl"; }
small_disk=$(seconds "$work/data/small"); small_disk_findings=$(findings)
small_s3=$(AWS_ENDPOINT_URL=$endpoint seconds s3://small); small_s3_findings=$(findings)
large_disk=$(seconds "$work/data/large"); large_disk_findings=$(findings)
large_s3=$(AWS_ENDPOINT_URL=$endpoint seconds s3://large); large_s3_findings=$(findings)
[ "$small_disk_findings" = "$small_s3_findings" ] && [ "$large_disk_findings" = "$large_s3_findings" ] \
  || { echo "finding counts differ: disk $small_disk_findings/$large_disk_findings, S3 $small_s3_findings/$large_s3_findings" >&2; exit 1; }

small_mb=$(du -sm --apparent-size "$work/data/small" | cut -f1)
total_large_mb=$((large_count * large_mb))
printf '%-34s %10s %10s %8s\n' "" "disk" "S3Proxy" "S3/disk"
printf '%-34s %10.1f %10.1f %8.2f\n' "$small_count small objects: objects/s" \
  "$(calc "$small_count / $small_disk")" "$(calc "$small_count / $small_s3")" "$(calc "$small_disk / $small_s3")"
printf '%-34s %10.1f %10.1f %8.2f\n' "$large_count x $large_mb MB objects: MB/s" \
  "$(calc "$total_large_mb / $large_disk")" "$(calc "$total_large_mb / $large_s3")" "$(calc "$large_disk / $large_s3")"
echo "(wall time per scan including JVM start and pattern compilation; $threads threads; small objects total ${small_mb} MB)"
