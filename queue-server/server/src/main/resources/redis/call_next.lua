-- Calls the next ticket for a window: the lowest score among the window's own queue and the
-- queues of every area it serves now (its configured areas, plus its tidal areas while open).
-- One script, so two windows calling at once, on any server instance, never get the same ticket.
-- KEYS[1] windows (hash no -> window JSON)   KEYS[2] tickets of the day
-- KEYS[3] hall version counter               KEYS[4] hall event stream
-- KEYS[5] recent calls of the day (list, each ticket once) KEYS[6] queue of this window (transfers to it)
-- KEYS[7..] queue of every area of the hall, in the order of ARGV[8]
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] call id
-- ARGV[5] recent calls kept   ARGV[6] key time-to-live (s)
-- ARGV[7] configured areas of the window (comma-separated)   ARGV[8] every area id (comma-separated)
-- ARGV[9] hall silent switch "1"/"0" (absent: spoken)
-- Returns {"called", ticket JSON} or {"empty"}.
-- Errors: NOT_SIGNED_IN, WINDOW_PAUSED, WINDOW_BUSY.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
--#include guards/window_ready_to_call.lua
--#include parts/silent_calls.lua
--#include parts/ticket_record.lua
local no, actor, now = ARGV[1], ARGV[2], tonumber(ARGV[3])
local function split(s) local t = {} for p in string.gmatch(s, '[^,]+') do t[#t + 1] = p end return t end

local w, refused = window_ready_to_call(KEYS[1], KEYS[2], no)
if not w then
  return refused
end

local queueOf = {}
for i, area in ipairs(split(ARGV[8])) do queueOf[area] = KEYS[6 + i] end
local candidates = {KEYS[6]}
for _, area in ipairs(split(ARGV[7])) do candidates[#candidates + 1] = queueOf[area] end
for _, area in ipairs(split(w.tidalAreas or '')) do candidates[#candidates + 1] = queueOf[area] end

local bestKey, bestId, bestScore
for _, key in ipairs(candidates) do
  local head = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  if head[1] and (not bestScore or tonumber(head[2]) < bestScore
      or (tonumber(head[2]) == bestScore and head[1] < bestId)) then
    bestKey, bestId, bestScore = key, head[1], tonumber(head[2])
  end
end
if not bestKey then
  return {'empty'}
end

redis.call('ZREM', bestKey, bestId)
local t = ticket_decode(redis.call('HGET', KEYS[2], bestId))
t.status, t.window, t.targetWindow = 'CALLED', no, ''
if t.calledAt == 0 then t.calledAt = now end
t.lastCalledAt, t.calls, t.recalls, t.lastCallId = now, t.calls + 1, 0, ARGV[4]
local tjson = ticket_encode(t)
redis.call('HSET', KEYS[2], bestId, tjson)
w.current = bestId
redis.call('HSET', KEYS[1], no, cjson.encode(w))

-- The board lists each ticket once: its latest call moves to the top, an earlier one goes.
for _, entry in ipairs(redis.call('LRANGE', KEYS[5], 0, -1)) do
  if cjson.decode(entry).number == t.number then redis.call('LREM', KEYS[5], 0, entry) end
end
redis.call('LPUSH', KEYS[5], cjson.encode({callId = ARGV[4], number = t.number, window = no, area = t.area,
  at = now, recall = false, silent = silent_calls(w, ARGV[9])}))
redis.call('LTRIM', KEYS[5], 0, tonumber(ARGV[5]) - 1)
redis.call('EXPIRE', KEYS[5], tonumber(ARGV[6]))

local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_CALLED', 'seq', version, 'at', now,
  'ticket', bestId, 'number', t.number, 'area', t.area, 'window', no, 'actor', actor, 'callId', ARGV[4],
  'recalls', 0, 'waitSeconds', math.floor((now - t.issued) / 1000), 'priority', t.priority,
  'silent', silent_calls(w, ARGV[9]) and '1' or '0')
return {'called', tjson}
