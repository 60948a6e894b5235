-- Calls one chosen waiting ticket (选呼) at a window, out of turn, for a stated reason: the
-- ticket leaves its queue and the window serves it, announced on the board as any call.
-- Only a ticket the window may serve: in its own queue, or in an area it serves now.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] version   KEYS[4] events
-- KEYS[5] recent calls of the day   KEYS[6] queue of this window (transfers to it)
-- KEYS[7..] queue of every area of the hall, in the order of ARGV[8]
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] call id
-- ARGV[5] recent calls kept   ARGV[6] key time-to-live (s)
-- ARGV[7] configured areas of the window (comma-separated)   ARGV[8] every area id (comma-separated)
-- ARGV[9] ticket id   ARGV[10] reason   ARGV[11] note   ARGV[12] hall silent switch "1"/"0"
-- Returns the ticket JSON.
-- Errors: NOT_SIGNED_IN, WINDOW_PAUSED, WINDOW_BUSY, NOT_FOUND, NOT_WAITING, NOT_SERVABLE.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
--#include guards/window_ready_to_call.lua
--#include parts/record_call.lua
--#include parts/silent_calls.lua
--#include parts/ticket_record.lua
local no, actor, now, id = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[9]
local function split(s) local t = {} for p in string.gmatch(s, '[^,]+') do t[#t + 1] = p end return t end

local w, refused = window_ready_to_call(KEYS[1], KEYS[2], no)
if not w then
  return refused
end
local json = redis.call('HGET', KEYS[2], id)
if not json then
  return redis.error_reply('NOT_FOUND ticket ' .. id)
end
local t = ticket_decode(json)
if t.status ~= 'WAITING' then
  return redis.error_reply('NOT_WAITING ' .. t.number .. ' is not waiting (' .. t.status .. ')')
end

local queueOf = {}
for i, area in ipairs(split(ARGV[8])) do queueOf[area] = KEYS[6 + i] end
local candidates = {KEYS[6]}
for _, area in ipairs(split(ARGV[7])) do candidates[#candidates + 1] = queueOf[area] end
for _, area in ipairs(split(w.tidalAreas or '')) do candidates[#candidates + 1] = queueOf[area] end
local from
for _, key in ipairs(candidates) do
  if not from and redis.call('ZSCORE', key, id) then from = key end
end
if not from then
  return redis.error_reply('NOT_SERVABLE ' .. t.number .. ' waits for another area or window, not window ' .. no)
end

redis.call('ZREM', from, id)
t.status, t.window, t.targetWindow = 'CALLED', no, ''
if t.calledAt == 0 then t.calledAt = now end
t.lastCalledAt, t.calls, t.recalls, t.lastCallId, t.callReason = now, t.calls + 1, 0, ARGV[4], ARGV[10]
local tjson = ticket_encode(t)
redis.call('HSET', KEYS[2], id, tjson)
w.current = id
redis.call('HSET', KEYS[1], no, cjson.encode(w))
record_call(KEYS[5], KEYS[3], KEYS[4], t, no, actor, now, ARGV[4], ARGV[5], ARGV[6], false,
  silent_calls(w, ARGV[12]), {'recalls', 0, 'waitSeconds', math.floor((now - t.issued) / 1000),
  'priority', t.priority, 'reason', ARGV[10], 'note', ARGV[11]})
return tjson
