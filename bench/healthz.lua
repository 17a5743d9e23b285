-- wrk script for bench/feedback.py: the /healthz baseline, same output format.
function done(summary, latency, requests)
  io.write(string.format(
    'RESULT {"requests":%d,"acked":%d,"refused":0,"server_errors":%d,"socket_errors":%d,"duration_us":%d,' ..
    '"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.requests - summary.errors.status, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
