#!/usr/bin/env bash
# Upload-to-event latency (p50, p99) and sustained uploads/s of `ferret watch` on loopback:
# S3Proxy (its own process), ElasticMQ and an EventBridge PutEvents recorder (in the benchmark's JVM), all on 127.0.0.1.
#   scripts/bench-watch.sh [PACED_UPLOADS [BURST_UPLOADS [CONCURRENCY]]]
# Latency: uploads paced 20 ms apart, from just before PutObject to the finding event's arrival.
# Throughput: a burst of uploads (64 in flight), from the first upload to the last event.
# Needs a JDK 21+ in JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
paced="${1:-200}"
burst="${2:-1000}"
concurrency="${3:-$(nproc)}"
./mvnw -q -pl s3-crawler -am test \
  -Dtest=WatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dferret.bench=true -Dferret.bench.paced="$paced" -Dferret.bench.burst="$burst" \
  -Dferret.bench.concurrency="$concurrency" >/dev/null
grep -ho 'BENCH watch:.*' s3-crawler/target/surefire-reports/TEST-dev.ferret.s3.watch.WatchBenchmark.xml
