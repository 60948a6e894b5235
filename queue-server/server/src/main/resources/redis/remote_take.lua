-- Takes a ticket by phone (线上取号): it has a number and a tracking code but waits in no queue
-- until the citizen checks in at the hall (remote_check_in.lua), so it is never called and no
-- board counts it. Idempotent on the request id.
-- KEYS[1] sequences (hash area -> last number of the day)
-- KEYS[2] tickets of the day (hash id -> ticket JSON)
-- KEYS[3] answered requests (hash request id -> id)
-- KEYS[4] tracking codes (hash code -> id)
-- KEYS[5] hall version counter
-- KEYS[6] hall event stream
-- KEYS[7] remote tickets not yet checked in (sorted set id -> time taken)
-- KEYS[8] remote counts (hash area -> taken today; "address|<key>" -> taken today from the address)
-- KEYS[9] remote clients (hash client token -> id of the ticket it took last)
-- ARGV[1] day yyyyMMdd       ARGV[2] area id          ARGV[3] prefix letter
-- ARGV[4] request id         ARGV[5] client token     ARGV[6] address key (keyed hash)
-- ARGV[7] now (ms)           ARGV[8] tracking code    ARGV[9] area's daily limit (0 = none)
-- ARGV[10] area's remote cap ARGV[11] per-address limit ARGV[12] key time-to-live (s)
-- Returns {outcome, ticket JSON}: "created" or "replayed" (same request id).
-- Errors: CLIENT_HOLDS_TICKET, REMOTE_LIMIT, ADDRESS_LIMIT, DAILY_LIMIT.
--#include parts/ticket_record.lua
local day, area, prefix, request, client, address = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local now, ttl = tonumber(ARGV[7]), tonumber(ARGV[12])

local answered = redis.call('HGET', KEYS[3], request)
if answered then
  return {'replayed', redis.call('HGET', KEYS[2], answered)}
end

local held = redis.call('HGET', KEYS[9], client)
if held then
  local json = redis.call('HGET', KEYS[2], held)
  local t = json and ticket_decode(json)
  if t and (t.status == 'AWAITING_ARRIVAL' or t.status == 'WAITING' or t.status == 'CALLED') then
    return redis.error_reply('CLIENT_HOLDS_TICKET this phone already holds ticket ' .. t.number .. ' of today')
  end
end

local cap = tonumber(ARGV[10])
if tonumber(redis.call('HGET', KEYS[8], area) or '0') >= cap then
  return redis.error_reply('REMOTE_LIMIT all ' .. cap .. ' remote tickets of today for this area have been taken')
end
local per_address = tonumber(ARGV[11])
if tonumber(redis.call('HGET', KEYS[8], 'address|' .. address) or '0') >= per_address then
  return redis.error_reply('ADDRESS_LIMIT ' .. per_address .. ' remote tickets a day may be taken from one address')
end
local limit = tonumber(ARGV[9])
if limit > 0 and tonumber(redis.call('HGET', KEYS[1], area) or '0') >= limit then
  return redis.error_reply('DAILY_LIMIT all ' .. limit .. ' tickets of today for this area have been issued')
end

local seq = redis.call('HINCRBY', KEYS[1], area, 1)
local number = prefix .. string.format('%03d', seq)
local id = day .. '-' .. number
-- The score is the place the ticket keeps if checked in in time; arrival is set at check-in.
local ticket = {
  id = id, number = number, area = area, item = '', status = 'AWAITING_ARRIVAL',
  priority = 'NORMAL', greenReason = '', arrival = 0, issued = now, score = now,
  person = '', name = '', window = '', targetWindow = '', calledAt = 0, lastCalledAt = 0,
  calls = 0, recalls = 0, transfers = 0, fromArea = '', requestId = request, tracking = ARGV[8],
  appointment = '', finishedAt = 0, noShowAt = 0, lastCallId = '', remote = true, checkedInAt = 0,
  lapsedAt = 0
}
local json = ticket_encode(ticket)
redis.call('HSET', KEYS[2], id, json)
redis.call('HSET', KEYS[3], request, id)
redis.call('HSET', KEYS[4], ARGV[8], id)
redis.call('ZADD', KEYS[7], now, id)
redis.call('HINCRBY', KEYS[8], area, 1)
redis.call('HINCRBY', KEYS[8], 'address|' .. address, 1)
redis.call('HSET', KEYS[9], client, id)
for _, i in ipairs({1, 2, 3, 4, 7, 8, 9}) do
  redis.call('EXPIRE', KEYS[i], ttl)
end

local version = redis.call('INCR', KEYS[5])
redis.call('XADD', KEYS[6], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_TAKEN_REMOTELY', 'seq', version, 'at', now,
  'ticket', id, 'number', number, 'area', area, 'actor', 'phone')
return {'created', json}
