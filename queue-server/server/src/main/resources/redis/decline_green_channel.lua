-- Declines a green-channel request made on a kiosk screen (the desk's decision): the ticket keeps
-- its place and its score, and becomes an ordinary ticket. The reason goes with the event.
-- KEYS[1] tickets of the day   KEYS[2] version   KEYS[3] events
-- ARGV[1] ticket id   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] reason (non-empty)
-- Returns the ticket JSON. Errors: NOT_FOUND, NOT_PENDING.
--#include parts/ticket_record.lua
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
  return redis.error_reply('NOT_FOUND ticket ' .. ARGV[1])
end
local t = ticket_decode(json)
local requested = string.match(t.greenReason or '', '^PENDING:(.+)$')
if not requested or t.status ~= 'WAITING' then
  return redis.error_reply('NOT_PENDING ' .. t.number .. ' has no green-channel request waiting for a decision')
end
-- The ticket was issued as NORMAL with its arrival as its score, so only the request goes.
t.greenReason = ''
json = ticket_encode(t)
redis.call('HSET', KEYS[1], t.id, json)
local version = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_GREEN_DECLINED', 'seq', version,
  'at', ARGV[3], 'ticket', t.id, 'number', t.number, 'area', t.area, 'actor', ARGV[2], 'requested', requested,
  'reason', ARGV[4])
return json
