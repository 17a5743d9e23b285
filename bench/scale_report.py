"""The fault table of `bench/scale.py`: failed requests per fault (503 + Retry-After apart from
the rest), how long until the errors stopped, what /readyz said, and what nginx logged."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

FAULTS = ("sigkill_api", "pg_terminate_backend", "pg_unreachable", "redis_stopped")
FAULT_ENDS = {
    "sigkill_api": "api_restarted",
    "pg_unreachable": "pg_reachable",
    "redis_stopped": "redis_started",
    "rolling_restart_sigterm": "rolling_restart_ready",
}
# What the harness's client writes for an answer that told it when to come back.
RETRY_AFTER_503 = "503 retry-after"
CLIENT_TIMEOUTS = ("ReadTimeout", "ConnectTimeout", "WriteTimeout", "PoolTimeout")

_NGINX_LINE = re.compile(
    r"^(?P<when>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) \[(?P<level>\w+)\] \d+#\d+: (?:\*\d+ )?(?P<rest>.*)$"
)
_REQUEST = re.compile(r', request: "(?P<method>[A-Z]+) ')
_UPSTREAM = re.compile(r', upstream: "[a-z]+://[^/"]*:(?P<port>\d+)[/"]')


def nginx_errors(log: Path, started_wall: float) -> list[tuple[float, str]]:
    """nginx's error log as (seconds since the load began, "what (method, upstream port)").
    nginx stamps whole seconds in local time: good to a second."""
    out: list[tuple[float, str]] = []
    if not log.exists():
        return out
    for line in log.read_text(errors="replace").splitlines():
        m = _NGINX_LINE.match(line)
        if m is None or m["level"] not in ("error", "warn", "crit", "alert"):
            continue
        when = dt.datetime.strptime(m["when"], "%Y/%m/%d %H:%M:%S").timestamp()
        what = re.sub(r"\(\d+: ", "(", m["rest"].split(", client: ")[0])
        method, port = _REQUEST.search(m["rest"]), _UPSTREAM.search(m["rest"])
        detail = ", ".join(x for x in (method and method["method"], port and f"upstream {port['port']}") if x)
        out.append((when - started_wall, f"{what} ({detail})" if detail else what))
    return out


def failures_per_fault(
    ledger: Any,
    events: list[dict[str, Any]],
    probes: Any | None = None,
    nginx: list[tuple[float, str]] | None = None,
) -> list[dict[str, Any]]:
    """Per fault: requests that failed (a retry that then succeeded still counts), how long after
    the fault began the last one failed, when the cause was repaired, and what /readyz said."""
    starts = [e for e in events if e["fault"] in FAULTS]
    rolling = [e for e in events if e["fault"] == "rolling_restart_sigterm"]
    # One row per round of the rolling restart: a round starts with the first process's SIGTERM.
    starts += [e for e in rolling if e.get("port") == rolling[0].get("port")]
    starts.sort(key=lambda e: e["at_s"])
    out = []
    for i, event in enumerate(starts):
        begin = event["at_s"]
        end = starts[i + 1]["at_s"] if i + 1 < len(starts) else float("inf")
        inside = [(t, kind, why) for t, kind, why in ledger.failures if begin <= t < end]
        told_to_wait = [t for t, _, why in inside if why == RETRY_AFTER_503]
        timed_out = [t for t, _, why in inside if why in CLIENT_TIMEOUTS]
        other = sorted(t for t, _, why in inside if why != RETRY_AFTER_503)
        times = sorted(t for t, _, _ in inside)
        ends = [
            e["at_s"] for e in events if e["fault"] == FAULT_ENDS.get(event["fault"]) and e["at_s"] >= begin
        ]
        if event["fault"] == "rolling_restart_sigterm":
            ends = [t for t in ends if t < end][-1:]  # the last process of the round back
        repaired = ends[0] if ends else begin
        reasons: dict[str, int] = {}
        for _, kind, why in inside:
            key = f"{kind}: {why[:80]}"
            reasons[key] = reasons.get(key, 0) + 1
        row: dict[str, Any] = {
            "fault": event["fault"],
            "failed_requests": len(inside),
            "failed_503_retry_after": len(told_to_wait),
            # No answer within the client's 10 s: a machine too loaded to answer, not an error.
            "failed_client_timeout": len(timed_out),
            "failed_other": len(other) - len(timed_out),
            "why": dict(sorted(reasons.items(), key=lambda kv: -kv[1])[:8]),
            "errors_until_s_after": round(times[-1] - begin, 2) if times else 0.0,
            "cause_lasted_s": round(repaired - begin, 2),
            # From the repair to the last failed request: how long the service took to recover.
            "recovered_s_after_repair": round(max(0.0, times[-1] - repaired), 2) if times else 0.0,
        }
        if nginx is not None:
            logged: dict[str, int] = {}
            for t, what in nginx:
                # nginx's whole-second stamps: a line up to 1 s early belongs to this window.
                if begin - 1.0 <= t < end:
                    logged[what] = logged.get(what, 0) + 1
            row["nginx_errors"] = dict(sorted(logged.items(), key=lambda kv: -kv[1])[:8])
        if probes is not None:
            window = [(t, port, status) for t, port, status in probes.samples if begin <= t < end]
            failing = [t for t, _, status in window if status != 200]
            row["readyz_failed_probes"] = len(failing)
            row["readyz_probes"] = len(window)
            if event["fault"] == "pg_unreachable":
                during = [status for t, _, status in window if begin + 1.0 <= t < repaired]
                row["readyz_failing_while_unreachable"] = bool(during) and all(s != 200 for s in during)
                after = [t for t, _, status in window if t >= repaired and status != 200]
                row["readyz_ok_s_after_repair"] = round((after[-1] if after else repaired) - repaired, 2)
        out.append(row)
    return out


def fault_table(per_fault: list[dict[str, Any]], audit_result: dict[str, Any]) -> str:
    lines = [
        "| fault | cause lasted | failed requests | of which 503 + Retry-After | client time-outs "
        "| other failures | last failure after | recovered after repair | /readyz not ready |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in per_fault:
        ready = f"{row.get('readyz_failed_probes', '–')} of {row.get('readyz_probes', '–')} probes"
        if "readyz_failing_while_unreachable" in row:
            ready += (
                f"; failing throughout the outage: {'yes' if row['readyz_failing_while_unreachable'] else 'NO'}"
                f", ready {row['readyz_ok_s_after_repair']} s after"
            )
        lines.append(
            f"| {row['fault']} | {row['cause_lasted_s']} s | {row['failed_requests']} | "
            f"{row['failed_503_retry_after']} | {row['failed_client_timeout']} | {row['failed_other']} | "
            f"{row['errors_until_s_after']} s | {row['recovered_s_after_repair']} s | {ready} |"
        )
    lines.append("")
    lines.append(
        f"acknowledged writes: feedback {audit_result['feedback_acknowledged']} "
        f"(lost {audit_result['feedback_lost']}, doubled {audit_result['feedback_doubled']}), "
        f"progress {audit_result['progress_acknowledged']} "
        f"(lost {audit_result['progress_lost']}, doubled {audit_result['progress_doubled']}); "
        f"clustering queue left {audit_result['clustering_queue_left']}, "
        f"submissions in two clusters {audit_result['submissions_in_two_clusters']}"
    )
    return "\n".join(lines)
