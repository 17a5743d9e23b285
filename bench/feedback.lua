-- wrk script for bench/feedback.py: POST feedback with a unique Idempotency-Key per request,
-- record the id of every acknowledged (201) submission, count the other answers.
-- usage: wrk ... -s feedback.lua URL -- <path> <run-id> <ids-file-prefix>

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

local texts = {
  "Đề nghị dự thảo bổ sung nội dung phát triển nông nghiệp công nghệ cao, gắn với chế biến sâu cà phê, hồ tiêu, sầu riêng của tỉnh.",
  "Cần làm rõ trách nhiệm người đứng đầu trong phòng, chống tham nhũng, lãng phí; tăng cường giám sát việc thực hiện nghị quyết.",
  "Dự thảo nên đánh giá sâu hơn chất lượng giáo dục, đào tạo nguồn nhân lực và chính sách thu hút nhân tài về công tác tại tỉnh.",
  "Đề nghị quan tâm hơn đến đời sống đồng bào dân tộc thiểu số vùng sâu, vùng xa: đường giao thông, trường học, trạm y tế.",
  "Nhất trí với phương hướng, nhiệm vụ; đề nghị bổ sung giải pháp chuyển đổi số trong cải cách hành chính cấp xã.",
}
local groups = { "citizen", "expert", "veteran", "party_member", "organisation" }
local channels = { "web", "mobile", "mobile", "web", "letter" }

function init(args)
  path, run, prefix = args[1], args[2], args[3]
  -- every poison_every-th request carries a marker the database refuses (a trigger): 0 = none
  poison_every = tonumber(args[4] or "0")
  counter, acked, refused, errors, poisoned = 0, 0, 0, 0, 0
  out = io.open(prefix .. "." .. tid, "w")
end

function request()
  counter = counter + 1
  local key = run .. "-" .. tid .. "-" .. counter
  local i = (counter % #texts) + 1
  local marker = ""
  if poison_every > 0 and counter % poison_every == 0 then
    marker = " POISON"
    poisoned = poisoned + 1
  end
  local body = '{"body":"' .. texts[i] .. marker .. ' (' .. key .. ')","contributor_group":"' .. groups[(counter % #groups) + 1]
    .. '","channel":"' .. channels[(counter % #channels) + 1] .. '"}'
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Idempotency-Key"] = key }, body)
end

function response(status, headers, body)
  if status == 201 then
    acked = acked + 1
    out:write(string.match(body, '"id":"([%x%-]+)"'), "\n")
    if acked % 500 == 0 then out:flush() end
  elseif status >= 500 then
    errors = errors + 1
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local a, r, e, p = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("acked"); r = r + t:get("refused"); e = e + t:get("errors"); p = p + t:get("poisoned")
  end
  io.write(string.format(
    'RESULT {"requests":%d,"acked":%d,"refused":%d,"server_errors":%d,"poisoned_sent":%d,"socket_errors":%d,"timeouts":%d,' ..
    '"duration_us":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, a, r, e, p,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.timeout, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
