#!/usr/bin/env bash
# The contract run an outside team would do: a demo server on a free port, an admin token,
# then exactly `st run http://…/openapi.json --checks all` (schemathesis's CLI, 15 examples
# per operation; options and hooks in schemathesis.toml).
# Usage: .ci/contract.sh [extra st options]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
WORK=$(mktemp -d)
PORT=$($BIN/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PLANDESK_VAR_DIR="$WORK" PLANDESK_DATABASE_URL="sqlite+aiosqlite:///$WORK/contract.db"
export PLANDESK_SECRET_KEY=$($BIN/python -c 'import secrets; print(secrets.token_urlsafe(48))')
export PLANDESK_SERVE_FRONTEND=false PLANDESK_ENV=development
# The run sends thousands of requests from one address: rate limits would only measure themselves.
export PLANDESK_FEEDBACK_RATE_LIMIT=1000000 PLANDESK_LOGIN_MAX_FAILURES=1000000
# One token serves the whole run: it must outlive a slow CI machine's run (15 minutes by default).
export PLANDESK_ACCESS_TOKEN_MINUTES=120
# Nothing is in flight at the end: stop at once rather than after the production grace period.
export PLANDESK_SHUTDOWN_GRACE_SECONDS=1
$BIN/plandesk db upgrade >/dev/null
$BIN/plandesk demo >/dev/null
PASSWORD=$($BIN/python -c 'import secrets; print(secrets.token_urlsafe(18))')
$BIN/plandesk users create --email contract-admin@plandesk.test --password="$PASSWORD" --role admin >/dev/null
$BIN/plandesk serve --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
# A loaded CI machine can take a while to import the app: wait up to 3 minutes, and say why not.
for _ in $(seq 1 360); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { echo "the server exited:"; cat "$WORK/server.log"; exit 1; }
  sleep 0.5
done
TOKEN=$(curl -fsS "http://127.0.0.1:$PORT/api/v1/auth/token" \
  --data-urlencode grant_type=password --data-urlencode username=contract-admin@plandesk.test \
  --data-urlencode "password=$PASSWORD" | $BIN/python -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
export CONTRACT_BASE_URL="http://127.0.0.1:$PORT" CONTRACT_TOKEN="$TOKEN"

# CONTRACT_MODE: stateless (`make contract-st`), stateful (`make contract-stateful`) or both.
MODE=${CONTRACT_MODE:-all}
status=0
if [ "$MODE" != stateful ]; then
  echo "== st run (--checks all, 15 examples per operation)"
  $BIN/st run "http://127.0.0.1:$PORT/openapi.json" --checks all \
    -H "Authorization: Bearer $TOKEN" --max-examples 15 "$@" || status=$?
fi

# Then the stateful phase alone, for a time budget: scenarios that create, read, change and
# delete along the links the document declares (backend/plandesk/core/links.py; inference is
# off in schemathesis.toml), with every check. schemathesis repeats its suites until the
# budget is spent; the count of steps run is the "N generated" line, repeated at the end.
# The client's generation costs more CPU than the server's answers: CONTRACT_STATEFUL_RUNS
# runs (2 by default) share the server, each with its own random seed.
if [ "$MODE" != stateless ]; then
  STATEFUL_SECONDS=${CONTRACT_STATEFUL_SECONDS:-360}
  RUNS=${CONTRACT_STATEFUL_RUNS:-2}
  echo "== st run --phases stateful (--checks all, declared links, $RUNS runs of ${STATEFUL_SECONDS} s)"
  pids=()
  for i in $(seq 1 "$RUNS"); do
    $BIN/st run "http://127.0.0.1:$PORT/openapi.json" --checks all \
      -H "Authorization: Bearer $TOKEN" --phases stateful --max-examples 1000 \
      --max-time "$STATEFUL_SECONDS" "$@" >"$WORK/stateful-$i.log" 2>&1 &
    pids+=("$!")
  done
  total=0
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || status=1
    log="$WORK/stateful-$((i + 1)).log"
    echo "---- stateful run $((i + 1))"
    cat "$log"
    n=$(grep -oE '^ +[0-9]+ generated' "$log" | grep -oE '[0-9]+' | tail -1)
    total=$((total + ${n:-0}))
  done
  echo "stateful cases: $total in ${STATEFUL_SECONDS} s ($RUNS runs)"
fi
exit $status
