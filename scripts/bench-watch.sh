#!/usr/bin/env bash
# Upload-to-event latency (p50, p99) and sustained uploads/s of `ferret watch` on loopback:
# S3Proxy (its own process), ElasticMQ and an EventBridge PutEvents recorder (in the benchmark's JVM), all on 127.0.0.1.
#   scripts/bench-watch.sh [PACED_UPLOADS [BURST_UPLOADS [CONCURRENCY]]]
# Prints two "BENCH watch:" lines. Needs JDK 21+ (JAVA_HOME) and network access for Maven's first run only.
set -euo pipefail
cd "$(dirname "$0")/.."
paced="${1:-200}"
burst="${2:-1000}"
concurrency="${3:-$(nproc)}"
./mvnw -q -pl s3-crawler -am test \
  -Dtest=WatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dferret.bench=true -Dferret.bench.paced="$paced" -Dferret.bench.burst="$burst" \
  -Dferret.bench.concurrency="$concurrency" 2>&1 | grep -E "^BENCH|ERROR|FAIL" || true
