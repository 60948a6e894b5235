-- Lapses the remote tickets of a day not checked in by the lapse time. Running it again finds
-- none left and changes nothing.
-- KEYS[1] tickets of the day   KEYS[2] remote tickets not yet checked in
-- KEYS[3] hall version counter KEYS[4] hall event stream
-- ARGV[1] now (ms)
-- Returns how many tickets lapsed.
--#include parts/ticket_record.lua
local now = tonumber(ARGV[1])
local lapsed = 0
for _, id in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  local json = redis.call('HGET', KEYS[1], id)
  local t = json and ticket_decode(json)
  if t and t.status == 'AWAITING_ARRIVAL' then
    t.status, t.lapsedAt = 'LAPSED', now
    redis.call('HSET', KEYS[1], id, ticket_encode(t))
    local version = redis.call('INCR', KEYS[3])
    redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_LAPSED', 'seq', version, 'at', now,
      'ticket', id, 'number', t.number, 'area', t.area, 'actor', 'system')
    lapsed = lapsed + 1
  end
  redis.call('ZREM', KEYS[2], id)
end
return lapsed
