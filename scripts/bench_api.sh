#!/usr/bin/env bash
# API throughput with wrk (Debian's package) against a local `sayso serve` on a copy of the demo ledger.
#   bash scripts/bench_api.sh [seconds]      (run `make demo` or `sayso ingest samples` first)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
tmp=$(mktemp -d)
cp sayso.db "$tmp/bench.db"
port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.venv/bin/sayso serve --db "$tmp/bench.db" --port "$port" 2>/dev/null &
pid=$!
trap 'kill $pid; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/articles" >/dev/null && break; sleep 0.2; done
cat > "$tmp/analyse.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("samples/harbor-bridge.txt", "r")
local text = f:read("*a")
f:close()
text = text:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n')
wrk.body = '{"text": "' .. text .. '"}'
LUA
echo "== GET /api/articles/1"
wrk -t1 -c4 -d"${secs}s" --latency "http://127.0.0.1:$port/api/articles/1" | grep -E "Requests/sec|50%|99%|requests in"
echo "== POST /api/analyse (samples/harbor-bridge.txt)"
wrk -t1 -c4 -d"${secs}s" --latency -s "$tmp/analyse.lua" "http://127.0.0.1:$port/api/analyse" | grep -E "Requests/sec|50%|99%|requests in|Non-2xx"
