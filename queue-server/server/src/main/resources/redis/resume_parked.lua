-- Serves a ticket parked at this window again: it becomes the window's current ticket and is
-- announced on the board as a recall (a fresh call id), so the citizen hears to come back.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] version   KEYS[4] events
-- KEYS[5] recent calls of the day   KEYS[6] tickets parked at this window
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] call id   ARGV[5] recent calls kept
-- ARGV[6] key time-to-live (s)   ARGV[7] ticket id   ARGV[8] hall silent switch "1"/"0"
-- Returns the ticket JSON. Errors: NOT_SIGNED_IN, WINDOW_PAUSED, WINDOW_BUSY, NOT_PARKED.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
--#include guards/window_ready_to_call.lua
--#include parts/record_call.lua
--#include parts/silent_calls.lua
--#include parts/ticket_record.lua
local no, now, id = ARGV[1], tonumber(ARGV[3]), ARGV[7]
local w, refused = window_ready_to_call(KEYS[1], KEYS[2], no)
if not w then
  return refused
end
if not redis.call('ZSCORE', KEYS[6], id) then
  return redis.error_reply('NOT_PARKED ticket ' .. id .. ' is not parked at window ' .. no)
end
redis.call('ZREM', KEYS[6], id)
local t = ticket_decode(redis.call('HGET', KEYS[2], id))
-- The recalls count starts again: the clerk may recall a citizen who does not come back.
t.lastCalledAt, t.recalls, t.lastCallId = now, 0, ARGV[4]
local tjson = ticket_encode(t)
redis.call('HSET', KEYS[2], id, tjson)
w.current = id
redis.call('HSET', KEYS[1], no, cjson.encode(w))
record_call(KEYS[5], KEYS[3], KEYS[4], t, no, ARGV[2], now, ARGV[4], ARGV[5], ARGV[6], true,
  silent_calls(w, ARGV[8]), {'recalls', 1, 'resumed', '1'})
return tjson
