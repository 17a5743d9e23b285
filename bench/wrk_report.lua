-- wrk script for bench/tasks.py: rotate through requests read from a file and
-- report exact latency percentiles (p50/p95/p99) and errors as one JSON line.
--
-- Usage: wrk -t2 -c10 -d30s -s bench/wrk_report.lua http://127.0.0.1:8765 -- requests.tsv
-- Each line of requests.tsv is "<path>\t<bearer token or empty>".

local requests_list = {}
local counter = 0

function init(args)
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    local path, token = line:match("^([^\t]+)\t?(.*)$")
    if path then
      local headers = { ["Accept"] = "application/json" }
      if token and token ~= "" then
        headers["Authorization"] = "Bearer " .. token
      end
      requests_list[#requests_list + 1] = wrk.format("GET", path, headers)
    end
  end
  file:close()
  -- Threads start at different offsets so they do not send the same sequence.
  counter = math.random(0, #requests_list - 1)
end

function request()
  counter = counter + 1
  return requests_list[(counter % #requests_list) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,'
      .. '"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_status":%d,"errors_timeout":%d}\n',
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
