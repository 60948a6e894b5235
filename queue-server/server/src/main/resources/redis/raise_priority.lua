-- Raises a waiting ticket to the green channel (staff decision): its score only ever goes down.
-- KEYS[1] tickets of the day   KEYS[2] version   KEYS[3] events
-- KEYS[4] the queue the ticket waits in (its area's, or the window's it was transferred to)
-- ARGV[1] ticket id   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] new score (ms)
-- ARGV[5] the area or window the caller read the ticket waiting at ("area:<id>" or "window:<no>")
-- Returns the ticket JSON. Errors: NOT_FOUND, NOT_WAITING, STALE.
--#include parts/ticket_record.lua
local now = tonumber(ARGV[3])
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
  return redis.error_reply('NOT_FOUND ticket ' .. ARGV[1])
end
local t = ticket_decode(json)
if t.status ~= 'WAITING' then
  return redis.error_reply('NOT_WAITING ' .. t.number .. ' is ' .. t.status .. ', not waiting')
end
local place = t.targetWindow ~= '' and ('window:' .. t.targetWindow) or ('area:' .. t.area)
if place ~= ARGV[5] then
  return redis.error_reply('STALE ' .. t.number .. ' moved while being changed; try again')
end
local score = math.min(t.score, tonumber(ARGV[4]))
-- Confirming a reason chosen on a kiosk screen keeps that reason; otherwise staff are the reason.
local pending = string.match(t.greenReason or '', '^PENDING:(.+)$')
t.priority, t.greenReason, t.score = 'GREEN', pending or 'STAFF', score
json = ticket_encode(t)
redis.call('HSET', KEYS[1], t.id, json)
redis.call('ZADD', KEYS[4], 'XX', score, t.id)
local version = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_PRIORITY_RAISED', 'seq', version,
  'at', now, 'ticket', t.id, 'number', t.number, 'area', t.area, 'actor', ARGV[2], 'priority', 'GREEN')
return json
