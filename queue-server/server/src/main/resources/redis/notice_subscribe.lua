-- A citizen asks to be told by SMS when their turn is near and when they are called. Only a
-- waiting ticket of the day takes a subscription, or one taken by phone and not yet checked in
-- (texted once it waits); a second one replaces the first (a new number).
-- Both hashes expire at the end of the business day: no number outlives the day it was given for.
-- KEYS[1] the day's tickets (hash id -> JSON)   KEYS[2] the day's notices (hash id -> JSON)
-- KEYS[3] the day's sent notices
-- ARGV[1] ticket id   ARGV[2] subscription JSON   ARGV[3] expire at (unix seconds)
-- Returns 'ok', or an error reply NOT_FOUND / NOT_WAITING.
--#include parts/ticket_record.lua
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
  return redis.error_reply('NOT_FOUND ticket ' .. ARGV[1])
end
local status = ticket_decode(json).status
if status ~= 'WAITING' and status ~= 'AWAITING_ARRIVAL' then
  return redis.error_reply('NOT_WAITING the ticket is no longer waiting: notices are for tickets still in the queue')
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('EXPIREAT', KEYS[2], tonumber(ARGV[3]))
return 'ok'
