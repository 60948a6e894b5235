-- Checks in a remote ticket: it becomes WAITING and joins its area's queue, at the place it was
-- taken at when checked in within the keep-place window, else as if it arrived now. A second
-- check-in changes nothing and answers the ticket as it is.
-- KEYS[1] tickets of the day   KEYS[2] hall version counter   KEYS[3] hall event stream
-- KEYS[4] remote tickets not yet checked in   KEYS[5] queue of the ticket's area
-- ARGV[1] ticket id   ARGV[2] now (ms)   ARGV[3] lapse time of today (ms)
-- ARGV[4] keep-place window (ms)   ARGV[5] actor   ARGV[6] how: KIOSK, ENTRANCE or DESK
-- Returns {outcome, ticket JSON}: "checked-in" or "already".
-- Errors: NOT_FOUND, NOT_REMOTE, LAPSED.
--#include parts/ticket_record.lua
local id, now, lapse, keep = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local json = redis.call('HGET', KEYS[1], id)
if not json then
  return redis.error_reply('NOT_FOUND ticket ' .. id)
end
local t = ticket_decode(json)
if t.remote ~= true then
  return redis.error_reply('NOT_REMOTE ticket ' .. t.number .. ' was not taken by phone; it needs no check-in')
end
if (t.checkedInAt or 0) > 0 then
  return {'already', json}
end
if t.status ~= 'AWAITING_ARRIVAL' or now >= lapse then
  return redis.error_reply('LAPSED ticket ' .. t.number .. ' was not checked in before the lapse time; please take a new one')
end

local kept = now - t.issued <= keep
t.status, t.arrival, t.checkedInAt = 'WAITING', now, now
if not kept then
  t.score = now
end
json = ticket_encode(t)
redis.call('HSET', KEYS[1], id, json)
redis.call('ZREM', KEYS[4], id)
redis.call('ZADD', KEYS[5], t.score, id)

local version = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_CHECKED_IN', 'seq', version, 'at', now,
  'ticket', id, 'number', t.number, 'area', t.area, 'placeKept', tostring(kept), 'how', ARGV[6], 'actor', ARGV[5])
return {'checked-in', json}
