#!/usr/bin/env bash
# Load test of the service on loopback (issue 13, point 7; figures in docs/performance.md "Service load test").
#
#   scripts/load-test.sh [requests=2000] [clients=16]
#
# Starts the built server (dotnet build Smi.Docs.sln -c Release first) on 127.0.0.1 on a free port with a fresh SQLite
# data folder, adds a tenant and a key with the operator's commands, then sends the requests from concurrent clients:
# POST /api/v1/documenten/toekenning with the example case, a third each HTML, DOCX and PDF, every tenth one an invalid
# case (a required field left out: 422). It reports throughput, p50/p95 latency, the server's memory (RSS) before and
# after, the answers by status, and checks the audit trail holds exactly one row per request.
# Exits non-zero on a 5xx other than a deliberate 503 (PDF queue full, reported apart), on an answer that is not the
# one the request calls for (200, or 422 for an invalid case), or when the audit rows differ from the requests.
# Bash, curl and sqlite3 rather than a C# tool: the clients are curl processes, so the measured path is the one a
# case system takes (a TCP connection, HTTP/1.1, the key header) and nothing of the server is shared with the client.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${1:-2000}
CLIENTS=${2:-16}
CLI="dotnet src/Smi.Docs.Cli/bin/Release/net10.0/smi-docs.dll"
SERVER=src/Smi.Docs.Server/bin/Release/net10.0/Smi.Docs.Server.dll
CASE=examples/cases/toekenning-een-kind-dagopvang.json
for tool in curl sqlite3 python3; do
  command -v "$tool" >/dev/null || { echo "load-test: $tool is needed" >&2; exit 2; }
done
[[ -f $SERVER ]] || { echo "load-test: $SERVER is missing; run dotnet build Smi.Docs.sln -c Release" >&2; exit 2; }

WORK=$(mktemp -d -t smi-docs-load-XXXXXX)
SERVER_PID=""
stop() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap stop EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
DATA="$WORK/data"
$CLI tenants add voorbeeldstad --profile examples/profiles/voorbeeldstad.yaml --data "$DATA" >/dev/null
KEY=$($CLI keys create voorbeeldstad --data "$DATA" 2>/dev/null)
python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); del c["aanvraagdatum"]; json.dump(c, open(sys.argv[2], "w"))' "$CASE" "$WORK/invalid.json"

# The rate limit is per tenant and minute; the test measures rendering, so it is lifted for this one tenant's run.
Smi__DataFolder="$DATA" Smi__RequestsPerMinute=1000000 ASPNETCORE_URLS="$BASE" \
  dotnet "$SERVER" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "load-test: the server stopped at start" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$BASE/health/ready" >/dev/null || { echo "load-test: the server is not ready after 60 s" >&2; exit 1; }

rss_mib() { echo $(( $(ps -o rss= -p "$SERVER_PID") / 1024 )); }
# One warm-up request per format outside the measurement would hide the first-render cost; it is measured instead,
# and the memory "before" is the ready server before any render.
RSS_BEFORE=$(rss_mib)

# One line per request: its number, format and case (valid or invalid).
for ((i = 1; i <= REQUESTS; i++)); do
  case $((i % 3)) in 0) format=html ;; 1) format=docx ;; *) format=pdf ;; esac
  if ((i % 10 == 0)); then kind=invalid; else kind=valid; fi
  echo "$i $format $kind"
done >"$WORK/plan"

export BASE KEY WORK CASE
send() {
  local format=$2 kind=$3 accept body
  case $format in
    html) accept=text/html ;;
    docx) accept=application/vnd.openxmlformats-officedocument.wordprocessingml.document ;;
    pdf) accept=application/pdf ;;
  esac
  if [[ $kind == invalid ]]; then body="$WORK/invalid.json"; else body="$CASE"; fi
  curl -s -o /dev/null -w "$format $kind %{http_code} %{time_total}\n" \
    -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" -H "Accept: $accept" \
    --data-binary "@$body" "$BASE/api/v1/documenten/toekenning"
}
export -f send

START=$(date +%s.%N)
xargs -P "$CLIENTS" -L 1 bash -c 'send "$@"' _ <"$WORK/plan" >"$WORK/results"
END=$(date +%s.%N)
RSS_AFTER=$(rss_mib)
AUDIT_ROWS=$(sqlite3 "$DATA/smi-docs.db" "SELECT COUNT(*) FROM audit_entries WHERE tenant_id = 'voorbeeldstad';")

python3 - "$WORK/results" "$REQUESTS" "$CLIENTS" "$START" "$END" "$RSS_BEFORE" "$RSS_AFTER" "$AUDIT_ROWS" <<'EOF'
import collections, sys
path, requests, clients, start, end, rss_before, rss_after, audit_rows = sys.argv[1:]
requests, clients, audit_rows = int(requests), int(clients), int(audit_rows)
rows = [line.split() for line in open(path) if line.strip()]
seconds = float(end) - float(start)

def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values) + 0.5) - 1))] * 1000 if values else float("nan")

statuses = collections.Counter(r[2] for r in rows)
busy = statuses.get("503", 0)
unexpected_5xx = sum(n for s, n in statuses.items() if s.startswith("5") and s != "503")
wrong = sum(1 for f, kind, status, _ in rows if status != "503" and status != ("422" if kind == "invalid" else "200"))
print(f"requests      {len(rows)} of {requests} from {clients} clients in {seconds:.1f} s: {len(rows) / seconds:.1f} requests/s")
print(f"latency       p50 {percentile([float(r[3]) for r in rows], 50):.0f} ms, p95 {percentile([float(r[3]) for r in rows], 95):.0f} ms")
for label, selector in (("html", lambda r: r[0] == "html" and r[1] == "valid"), ("docx", lambda r: r[0] == "docx" and r[1] == "valid"),
                        ("pdf", lambda r: r[0] == "pdf" and r[1] == "valid"), ("invalid", lambda r: r[1] == "invalid")):
    times = [float(r[3]) for r in rows if selector(r)]
    print(f"  {label:<11} {len(times):>5} requests, p50 {percentile(times, 50):.0f} ms, p95 {percentile(times, 95):.0f} ms")
print(f"statuses      {', '.join(f'{s}: {n}' for s, n in sorted(statuses.items()))}")
print(f"5xx           {unexpected_5xx} unexpected; {busy} deliberate 503 (PDF queue full)")
print(f"memory (RSS)  {rss_before} MiB before, {rss_after} MiB after")
print(f"audit rows    {audit_rows} for {len(rows)} requests")
failed = unexpected_5xx > 0 or wrong > 0 or audit_rows != len(rows) or len(rows) != requests
if wrong:
    print(f"FAILED: {wrong} answers were not 200 (valid case) or 422 (invalid case)")
if unexpected_5xx:
    print("FAILED: unexpected 5xx")
if audit_rows != len(rows):
    print("FAILED: the audit trail does not hold one row per request")
sys.exit(1 if failed else 0)
EOF
