-- Puts a no-show ticket back in its area's queue, the same day: at its old place or at the end.
-- KEYS[1] tickets of the day   KEYS[2] live tickets   KEYS[3] version   KEYS[4] events
-- KEYS[5..] queue of every area of the hall, in the order of ARGV[5]
-- ARGV[1] ticket id   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] ORIGINAL or END
-- ARGV[5] every area id (comma-separated)   ARGV[6] ttl (s)
-- Returns the ticket JSON. Errors: NOT_FOUND, NOT_NO_SHOW, PERSON_ALREADY_QUEUED.
--#include parts/ticket_record.lua
local now = tonumber(ARGV[3])
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
  return redis.error_reply('NOT_FOUND ticket ' .. ARGV[1])
end
local t = ticket_decode(json)
if t.status ~= 'NO_SHOW' then
  return redis.error_reply('NOT_NO_SHOW ' .. t.number .. ' is ' .. t.status .. ', not a no-show')
end
local queue
local i = 0
for area in string.gmatch(ARGV[5], '[^,]+') do
  i = i + 1
  if area == t.area then queue = KEYS[4 + i] end
end
if not queue then
  return redis.error_reply('NOT_FOUND area ' .. t.area)
end
if t.person ~= '' then
  local other = redis.call('HGET', KEYS[2], t.area .. '|' .. t.person)
  if other and other ~= t.id then
    local o = ticket_decode(redis.call('HGET', KEYS[1], other) or '{}')
    if o.status == 'WAITING' or o.status == 'CALLED' then
      return redis.error_reply('PERSON_ALREADY_QUEUED the citizen already holds ' .. o.number .. ' in this area')
    end
  end
end

if ARGV[4] == 'END' then
  local last = redis.call('ZRANGE', queue, -1, -1, 'WITHSCORES')
  t.score = math.max(now, last[2] and tonumber(last[2]) + 1 or 0)
end
t.status, t.window, t.targetWindow, t.recalls, t.noShowAt = 'WAITING', '', '', 0, 0
local tjson = ticket_encode(t)
redis.call('HSET', KEYS[1], t.id, tjson)
redis.call('ZADD', queue, t.score, t.id)
redis.call('EXPIRE', queue, tonumber(ARGV[6]))
if t.person ~= '' then
  redis.call('HSET', KEYS[2], t.area .. '|' .. t.person, t.id)
end

local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_REACTIVATED', 'seq', version, 'at', now,
  'ticket', t.id, 'number', t.number, 'area', t.area, 'actor', ARGV[2], 'reason', ARGV[4])
return tjson
