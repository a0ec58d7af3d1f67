#!/usr/bin/env bash
# Load test of the web app on loopback, as the README reports it:
#   1. the case page of the 26-connection sample, 50 connections for 30 seconds (wrk);
#   2. the caseload dashboard over the generated 10,000-case cohort, signed in as a manager.
# Needs wrk (Debian's package) and curl. Run from the repository root:
#   bash Benchmarks/load-test.sh [CASES]
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-10000}"
command -v wrk >/dev/null || { echo "install wrk first (apt-get install wrk)" >&2; exit 1; }
swift build -c release --product lifelinks >/dev/null
bin="$(swift build -c release --show-bin-path)/lifelinks"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
password="load test password"

start() { # DB PORT
    "$bin" serve --db "$1" --port "$2" 2>"$work/server-$2.log" >/dev/null &
    server=$!
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$2/health" >/dev/null && return; sleep 0.2; done
    echo "the server did not start" >&2; exit 1
}
signin() { # PORT NAME
    curl -s -c "$work/cookies" -o /dev/null --data-urlencode "name=$2" --data-urlencode "password=$password" \
        "http://127.0.0.1:$1/login"
    awk '$6 == "lifelinks_session" { print "lifelinks_session=" $7 }' "$work/cookies"
}

echo "== The case page of the 26-connection sample (LL-2026-024), 50 connections, 30 s"
"$bin" import Samples --db "$work/samples.sqlite" >/dev/null
echo "$password" | "$bin" user add "Ruth Ellison" --role coordinator --db "$work/samples.sqlite" >/dev/null
start "$work/samples.sqlite" 18081
cookie=$(signin 18081 "Ruth Ellison")
curl -s -o /dev/null -w "first request (draws the ecomap): %{time_total} s\n" -H "Cookie: $cookie" \
    http://127.0.0.1:18081/cases/LL-2026-024
wrk -t2 -c50 -d30s --latency -H "Cookie: $cookie" http://127.0.0.1:18081/cases/LL-2026-024
kill "$server"; wait "$server" 2>/dev/null || true; server=""

echo "== The dashboard over a generated cohort of $cases cases, as a manager"
"$bin" generate --cases "$cases" --seed 2026 "$work/cohort" >/dev/null
"$bin" import "$work/cohort" --db "$work/cohort.sqlite" --accept-history >/dev/null
echo "$password" | "$bin" user add "Maya Manager" --role manager --db "$work/cohort.sqlite" >/dev/null
start "$work/cohort.sqlite" 18082
cookie=$(signin 18082 "Maya Manager")
curl -s -o /dev/null -w "first request (works out every case's row): %{time_total} s\n" -H "Cookie: $cookie" \
    http://127.0.0.1:18082/
for _ in $(seq 1 21); do
    curl -s -o /dev/null -w "%{time_total}\n" -H "Cookie: $cookie" http://127.0.0.1:18082/
done | sort -n | awk '{ t[NR] = $1 } END { printf "later requests: median %.1f ms, slowest %.1f ms (21 requests)\n", t[11] * 1000, t[NR] * 1000 }'
wrk -t2 -c10 -d10s --latency -H "Cookie: $cookie" http://127.0.0.1:18082/
