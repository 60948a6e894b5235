-- Removes a parked effect once it has been done after all, and says so in the hall's log.
-- KEYS[1] parked effects   KEYS[2] the hall's event log   ARGV[1] group:streamId   ARGV[2] now (ms)
-- Returns 1 when it was parked, 0 otherwise.
local removed = redis.call('HDEL', KEYS[1], ARGV[1])
if removed == 1 then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', 200000, '*', 'type', 'EFFECT_UNPARKED', 'at', ARGV[2], 'effect', ARGV[1])
end
return removed
