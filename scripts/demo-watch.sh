#!/usr/bin/env bash
# Scan on upload, end to end on loopback, with nothing installed but a JDK 21+ and curl:
#   S3Proxy (local S3, the jar the s3-crawler build fetches) and ElasticMQ (local SQS, from Maven Central) on
#   127.0.0.1, `ferret watch --dry-run-events` reading the queue; a CSV with fake PII is uploaded, the S3 event
#   notification is sent to the queue (S3Proxy sends none), and the EventBridge PutEvents entry watch would send
#   is printed. Every process started here binds 127.0.0.1 only and is stopped by its PID on exit.
#   scripts/demo-watch.sh          (DEMO_TIMEOUT=SECONDS bounds the wait for the event; default 60)
# Exits 0 when the finding event arrived and holds no detected value, non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
timeout="${DEMO_TIMEOUT:-60}"
elasticmq_version=1.7.1
bucket=uploads

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1)"
if [ -z "$major" ] || [ "$major" -lt 21 ]; then
  echo "demo: needs a JDK 21 or newer in JAVA_HOME (or java on PATH), e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
  exit 2
fi
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

work="$(mktemp -d -t ferret-demo.XXXXXX)"
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "demo: $1" >&2
  shift
  local log
  for log in "$@"; do
    [ -s "$log" ] && { echo "--- last lines of $(basename "$log")" >&2; tail -n 20 "$log" >&2; }
  done
  exit 1
}

step() { printf '\n== %s\n' "$*"; }

# A port on 127.0.0.1 that nothing listens on now (the servers' own readiness checks catch the rare race).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# Waits until URL answers HTTP (any status) while process PID lives; 60 s at most.
await_http() {
  local name="$1" pid="$2" url="$3" log="$4" i
  for i in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || fail "$name exited while starting" "$log"
    curl -s -o /dev/null "$url" && return 0
    sleep 0.5
  done
  fail "$name did not answer on $url within 60 s" "$log"
}

start=$(date +%s)

step "Build (only what is missing)"
if [ ! -f cli/target/ferret.jar ] || [ ! -f s3-crawler/target/test-servers/s3proxy.jar ]; then
  echo "./mvnw -q -DskipTests package   (builds ./ferret and fetches S3Proxy into s3-crawler/target/test-servers/)"
  ./mvnw -q -DskipTests package
else
  echo "./ferret and S3Proxy are built"
fi
# ElasticMQ's server is on Maven Central as a plain jar with dependencies: resolve its classpath with a throwaway pom
classpath_file="$root/target/demo/elasticmq-$elasticmq_version.classpath"
if [ ! -f "$classpath_file" ] || ! tr ':' '\n' <"$classpath_file" | while read -r jar; do [ -f "$jar" ] || exit 1; done; then
  echo "resolving org.elasticmq:elasticmq-server_2.13:$elasticmq_version with ./mvnw"
  mkdir -p "$(dirname "$classpath_file")" "$work/elasticmq-pom"
  cat >"$work/elasticmq-pom/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.ferret.demo</groupId><artifactId>elasticmq-classpath</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.elasticmq</groupId><artifactId>elasticmq-server_2.13</artifactId><version>$elasticmq_version</version></dependency>
  </dependencies>
</project>
EOF
  ./mvnw -q -f "$work/elasticmq-pom/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file"
fi

step "Start S3Proxy (local S3, in memory, no authentication) and ElasticMQ (local SQS) on 127.0.0.1"
s3_port="$(free_port)"
s3="http://127.0.0.1:$s3_port"
printf 's3proxy.endpoint=%s\ns3proxy.authorization=none\njclouds.provider=transient\njclouds.identity=unused\njclouds.credential=unused\n' \
  "$s3" >"$work/s3proxy.properties"
"$java" -Xmx256m -jar s3-crawler/target/test-servers/s3proxy.jar --properties "$work/s3proxy.properties" \
  >"$work/s3proxy.log" 2>&1 &
s3_pid=$!
pids+=("$s3_pid")

sqs_port="$(free_port)"
sqs="http://127.0.0.1:$sqs_port"
# ElasticMQ reads its settings with Typesafe Config, which lets system properties override its defaults
"$java" -Xmx256m -cp "$(cat "$classpath_file")" \
  -Drest-sqs.bind-hostname=127.0.0.1 -Drest-sqs.bind-port="$sqs_port" \
  -Dnode-address.host=127.0.0.1 -Dnode-address.port="$sqs_port" \
  org.elasticmq.server.Main >"$work/elasticmq.log" 2>&1 &
sqs_pid=$!
pids+=("$sqs_pid")

await_http S3Proxy "$s3_pid" "$s3/" "$work/s3proxy.log"
await_http ElasticMQ "$sqs_pid" "$sqs/?Action=ListQueues" "$work/elasticmq.log"
echo "S3:  $s3 (pid $s3_pid)"
echo "SQS: $sqs (pid $sqs_pid)"

step "Create the bucket and the queue (plain HTTP)"
curl -sf -X PUT "$s3/$bucket" >/dev/null || fail "could not create bucket $bucket" "$work/s3proxy.log"
queue="$(curl -sf "$sqs/" --data 'Action=CreateQueue&QueueName=ferret-uploads' \
  | sed -n 's:.*<QueueUrl>\(.*\)</QueueUrl>.*:\1:p')"
[ -n "$queue" ] || fail "could not create the queue" "$work/elasticmq.log"
echo "bucket: s3://$bucket"
echo "queue:  $queue"

step "Start ferret watch (prints the PutEvents entries instead of sending them)"
watch=(./ferret watch --queue "$queue" --sqs-endpoint-url "$sqs" --endpoint-url "$s3" --path-style
  --eventbridge-bus demo --dry-run-events --wait-time 1)
echo "${watch[*]}"
# S3Proxy checks no signature and ElasticMQ none either, but the SDK signs every request: any credentials do
AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo AWS_REGION=us-east-1 "${watch[@]}" \
  >"$work/watch.out" 2>"$work/watch.log" &
watch_pid=$!
pids+=("$watch_pid")

# Uploads FILE as KEY (given URL-encoded for a path and as S3 encodes it in events), sends the ObjectCreated
# notification S3 would send (S3Proxy sends none), and waits for the finding event about KEY; sets $entry and $took_ms.
upload_and_wait() {
  local file="$1" key="$2" key_in_url="$3" key_in_event="$4" size sent_at body resource i
  size=$(wc -c <"$file")
  curl -sf -T "$file" "$s3/$bucket/$key_in_url" >/dev/null || fail "upload failed" "$work/s3proxy.log"
  sent_at=$(date +%s%N)
  echo "uploaded s3://$bucket/$key ($size bytes)"
  body="{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\",\"eventTime\":\"$(date -u +%Y-%m-%dT%H:%M:%S.000Z)\",\"s3\":{\"bucket\":{\"name\":\"$bucket\"},\"object\":{\"key\":\"$key_in_event\",\"size\":$size}}}]}"
  curl -sf "$sqs/" --data 'Action=SendMessage' --data-urlencode "QueueUrl=$queue" --data-urlencode "MessageBody=$body" \
    >/dev/null || fail "could not send the notification" "$work/elasticmq.log"
  echo "sent to the queue: $body"
  resource="\"Resources\":[\"arn:aws:s3:::$bucket/$key\"]"
  entry=""
  for i in $(seq 1 $((timeout * 10))); do
    entry="$(grep -F -m1 "$resource" "$work/watch.out" || true)"
    [ -n "$entry" ] && break
    kill -0 "$watch_pid" 2>/dev/null || fail "ferret watch exited" "$work/watch.out" "$work/watch.log"
    sleep 0.1
  done
  [ -n "$entry" ] || fail "no finding event for s3://$bucket/$key within $timeout s" "$work/watch.out" "$work/watch.log"
  took_ms=$((($(date +%s%N) - sent_at) / 1000000))
}

# A finding event in one line: its finding type, severity and the identifiers found.
summary() {
  echo "finding $(grep -o 'SensitiveData:S3Object/[A-Za-z]*' <<<"$1" | head -n1)," \
    "severity $(grep -o '\\"description\\":\\"[A-Za-z]*\\",\\"score' <<<"$1" | cut -d'"' -f4 | tr -d '\\')," \
    "identifiers $(grep -o '\\"type\\":\\"[A-Z_]*\\"' <<<"$1" | cut -d'"' -f4 | tr -d '\\' | sort -u | paste -sd' ' -)"
}

step "Upload a CSV with fake PII; wait for the finding event (at most $timeout s, watch's start included)"
name="Wanda Quill"
email=wanda.quill@example.com
ssn=056-79-5099
card=4057830862714973
printf 'name,email,ssn,credit_card_number\n%s,%s,%s,%s\n' "$name" "$email" "$ssn" "$card" >"$work/people.csv"
cat "$work/people.csv"
upload_and_wait "$work/people.csv" "in/new people.csv" "in/new%20people.csv" "in/new+people.csv"
echo
echo "ferret watch printed the PutEvents entry it would send, ${took_ms} ms after the notification (its own start included):"
echo "$entry"
echo
summary "$entry"

step "Upload another one, now that watch is running"
printf 'id,contact\n7,%s\n' "$email" >"$work/contacts.csv"
upload_and_wait "$work/contacts.csv" "in/contacts.csv" "in/contacts.csv" "in/contacts.csv"
echo "finding event after ${took_ms} ms: $(summary "$entry")"

for value in "$name" "$email" "$ssn" "$card"; do
  if grep -qF "$value" "$work/watch.out" "$work/watch.log"; then
    fail "a detected value appears in watch's output"
  fi
done
echo
echo "No detected value appears in watch's output or log: findings hold types, counts and cell locations only."

step "Stop ferret watch (SIGTERM), S3Proxy and ElasticMQ"
kill "$watch_pid"
wait "$watch_pid" && echo "ferret watch exited with status 0" || fail "ferret watch exited with status $?" "$work/watch.log"
echo "demo finished in $(($(date +%s) - start)) s"
