#!/bin/sh
# Restart the PlanDesk API instances one at a time without failing a request (docs/deploy.md):
#   deploy/rolling-restart.sh 8001 8002
# Each: systemctl restart (SIGTERM drains, then start), wait until /readyz answers 200, then
# wait out nginx's fail_timeout (5 s in deploy/nginx.conf) + 1 s before the next, so nginx
# never counts both instances as down at once. bench/scale.py runs the same steps.
set -eu
GAP="${PLANDESK_RESTART_GAP:-6}"
READY_TIMEOUT="${PLANDESK_READY_TIMEOUT:-300}"
[ "$#" -gt 0 ] || set -- 8001 8002
for port in "$@"; do
  echo "restarting plandesk-api@$port"
  systemctl restart "plandesk-api@$port"
  waited=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz"; do
    waited=$((waited + 1))
    if [ "$waited" -ge "$READY_TIMEOUT" ]; then
      echo "plandesk-api@$port not ready after $READY_TIMEOUT s: stopping here" >&2
      exit 1
    fi
    sleep 1
  done
  sleep "$GAP"
done
echo "all instances restarted"
