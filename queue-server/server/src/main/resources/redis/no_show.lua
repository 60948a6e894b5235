-- Marks the window's current ticket as a no-show after the required recalls. The person may
-- take a new ticket; staff may reactivate this one the same day.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] live tickets   KEYS[4] version   KEYS[5] events
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] recalls required first
-- Returns the ticket JSON. Errors: NOT_SIGNED_IN, NOTHING_CALLED, RECALL_FIRST.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
--#include parts/ticket_record.lua
local no, now = ARGV[1], tonumber(ARGV[3])
local w, notSignedIn = signed_in_window(KEYS[1], no)
if not w then
  return notSignedIn
end
local t = called_ticket(KEYS[2], w)
if not t then
  return redis.error_reply('NOTHING_CALLED window ' .. no .. ' has no called ticket')
end
if t.recalls < tonumber(ARGV[4]) then
  return redis.error_reply('RECALL_FIRST recall ' .. t.number .. ' at least ' .. ARGV[4]
    .. ' time(s) before marking it no-show')
end

t.status, t.noShowAt = 'NO_SHOW', now
local tjson = ticket_encode(t)
redis.call('HSET', KEYS[2], t.id, tjson)
if t.person ~= '' and redis.call('HGET', KEYS[3], t.area .. '|' .. t.person) == t.id then
  redis.call('HDEL', KEYS[3], t.area .. '|' .. t.person)
end
w.current = ''
redis.call('HSET', KEYS[1], no, cjson.encode(w))

local version = redis.call('INCR', KEYS[4])
redis.call('XADD', KEYS[5], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_MARKED_NO_SHOW', 'seq', version,
  'at', now, 'ticket', t.id, 'number', t.number, 'area', t.area, 'window', no, 'actor', ARGV[2],
  'recalls', t.recalls)
return tjson
