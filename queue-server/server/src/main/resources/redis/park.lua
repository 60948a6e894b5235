-- Parks (挂起) the window's current ticket at the window: the citizen went to fetch a document.
-- The ticket stays CALLED (it is live, the person holds it) but is no longer the window's
-- current one, so the window may call the next; resume_parked serves it again.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] version   KEYS[4] events
-- KEYS[5] tickets parked at this window (sorted set, scored by when parked)
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] most parked per window   ARGV[5] ttl (s)
-- Returns the ticket JSON. Errors: NOT_SIGNED_IN, NOTHING_TO_PARK, PARK_LIMIT.
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
  return redis.error_reply('NOTHING_TO_PARK window ' .. no .. ' has no called ticket to park')
end
if redis.call('ZCARD', KEYS[5]) >= tonumber(ARGV[4]) then
  return redis.error_reply('PARK_LIMIT window ' .. no .. ' already holds ' .. ARGV[4]
    .. ' parked tickets; resume one first')
end
redis.call('ZADD', KEYS[5], now, t.id)
redis.call('EXPIRE', KEYS[5], tonumber(ARGV[5]))
w.current = ''
redis.call('HSET', KEYS[1], no, cjson.encode(w))
local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_PARKED', 'seq', version, 'at', now,
  'ticket', t.id, 'number', t.number, 'area', t.area, 'window', no, 'actor', ARGV[2])
return ticket_encode(t)
