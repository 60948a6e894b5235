-- Calls the window's current ticket again (the citizen did not come), up to a limit.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] version   KEYS[4] events
-- KEYS[5] recent calls of the day (list, each ticket once, newest first)
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] call id
-- ARGV[5] recent calls kept   ARGV[6] key time-to-live (s)   ARGV[7] most recalls allowed
-- ARGV[8] hall silent switch "1"/"0" (absent: spoken)
-- Returns the ticket JSON. Errors: NOT_SIGNED_IN, NOTHING_TO_RECALL, RECALL_LIMIT.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
--#include parts/silent_calls.lua
--#include parts/ticket_record.lua
local no, now = ARGV[1], tonumber(ARGV[3])
local w, notSignedIn = signed_in_window(KEYS[1], no)
if not w then
  return notSignedIn
end
local t = called_ticket(KEYS[2], w)
if not t then
  return redis.error_reply('NOTHING_TO_RECALL window ' .. no .. ' has no called ticket to recall')
end
if t.recalls >= tonumber(ARGV[7]) then
  return redis.error_reply('RECALL_LIMIT ' .. t.number .. ' was already recalled ' .. t.recalls
    .. ' times; mark it no-show')
end

t.recalls, t.lastCalledAt, t.lastCallId = t.recalls + 1, now, ARGV[4]
local tjson = ticket_encode(t)
redis.call('HSET', KEYS[2], t.id, tjson)
-- The board lists each ticket once: its latest call moves to the top, an earlier one goes.
for _, entry in ipairs(redis.call('LRANGE', KEYS[5], 0, -1)) do
  if cjson.decode(entry).number == t.number then redis.call('LREM', KEYS[5], 0, entry) end
end
redis.call('LPUSH', KEYS[5], cjson.encode({callId = ARGV[4], number = t.number, window = no, area = t.area,
  at = now, recall = true, silent = silent_calls(w, ARGV[8])}))
redis.call('LTRIM', KEYS[5], 0, tonumber(ARGV[5]) - 1)
redis.call('EXPIRE', KEYS[5], tonumber(ARGV[6]))

local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_RECALLED', 'seq', version, 'at', now,
  'ticket', t.id, 'number', t.number, 'area', t.area, 'window', no, 'actor', ARGV[2], 'callId', ARGV[4],
  'recalls', t.recalls, 'silent', silent_calls(w, ARGV[8]) and '1' or '0')
return tjson
