-- wrk script of the ballot benchmark (deploy/bin/bench-ballots): every request is one voter's
-- ballot, with that voter's own bearer token and idempotency key. The requests file has one
-- request a line: token <TAB> path <TAB> idempotency key <TAB> JSON body. Thread t of n sends
-- lines t, t+n, t+2n, ... once each; if its lines run out it starts again (the server then
-- answers replays, 200, counted apart). Acknowledged ballots (201) have their id written to
-- BALLOT_ACKS<thread>, so that the harness can check afterwards that each one is stored.
-- BALLOT_CONNECTION is the Connection header: keep-alive (the default: connections are reused),
-- or close (a new connection per ballot, as from many voters' browsers).
-- Environment: BALLOT_REQUESTS, BALLOT_HOST, BALLOT_THREADS, BALLOT_ACKS, BALLOT_RESULT,
-- BALLOT_CONNECTION.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local n = tonumber(os.getenv("BALLOT_THREADS"))
  local host = os.getenv("BALLOT_HOST")
  requests = {}
  local i = 0
  for line in io.lines(os.getenv("BALLOT_REQUESTS")) do
    if i % n == id then
      local token, path, key, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", path, {
        ["Host"] = host,
        ["Authorization"] = "Bearer " .. token,
        ["Idempotency-Key"] = key,
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
        ["Connection"] = os.getenv("BALLOT_CONNECTION")
      }, body)
    end
    i = i + 1
  end
  sent = 0
  created = 0
  replayed = 0
  other = 0
  acks = io.open(os.getenv("BALLOT_ACKS") .. id, "w")
end

function request()
  sent = sent + 1
  return requests[(sent - 1) % #requests + 1]
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    acks:write(body:match('"id"%s*:%s*"([^"]+)"'), "\n")
  elseif status == 200 then
    replayed = replayed + 1
  else
    other = other + 1
    if other <= 3 then
      io.stderr:write("status " .. status .. ": " .. body .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local totals = { sent = 0, created = 0, replayed = 0, other = 0, available = 0 }
  for _, thread in ipairs(threads) do
    totals.sent = totals.sent + thread:get("sent")
    totals.created = totals.created + thread:get("created")
    totals.replayed = totals.replayed + thread:get("replayed")
    totals.other = totals.other + thread:get("other")
  end
  local e = summary.errors
  local out = io.open(os.getenv("BALLOT_RESULT"), "w")
  out:write(string.format(
    "completed=%d\nduration_us=%d\ncreated=%d\nreplayed=%d\nother=%d\nsent=%d\n"
      .. "connect_errors=%d\nread_errors=%d\nwrite_errors=%d\ntimeouts=%d\nnon_2xx=%d\n"
      .. "p50_us=%d\np90_us=%d\np99_us=%d\np999_us=%d\nmax_us=%d\nmean_us=%d\n",
    summary.requests, summary.duration, totals.created, totals.replayed, totals.other,
    totals.sent, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean))
  out:close()
end
