-- wrk script: GET the paths of the file PATHS (one a line) in turn, signed in with TOKEN; prints one JSON line of figures at the end.
--   TOKEN=... PATHS=paths.txt wrk -t2 -c8 -d10s -s bench/run/paths.lua http://127.0.0.1:5080
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local i = math.random(#paths)
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"errors":%d,"non2xx":%d,"p50":%.2f,"p95":%.2f,"p99":%.2f}\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
