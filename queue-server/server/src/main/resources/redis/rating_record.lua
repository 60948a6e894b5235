-- Records the rating of a service, once, and opens the follow-up of a bad one in the same step,
-- so a bad rating is never kept without its follow-up.
-- KEYS[1] the day's ratings (hash ticket id -> rating JSON)   KEYS[2] follow-ups (hash ticket id -> JSON)
-- KEYS[3] events
-- ARGV[1] ticket id   ARGV[2] rating JSON   ARGV[3] seconds the day's ratings are kept
-- ARGV[4] the follow-up JSON ("" when the rating is not a bad one)   ARGV[5] now (ms)
-- Logs RATING_RECORDED (the hall's queue did not change), so the records are written from the log.
-- Returns 1 when recorded, 0 when the service had been rated already (nothing is written then).
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return 0
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
if ARGV[4] ~= '' then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
end
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'RATING_RECORDED', 'at', ARGV[5], 'ticket', ARGV[1],
  'followUp', ARGV[4] ~= '' and '1' or '0')
return 1
