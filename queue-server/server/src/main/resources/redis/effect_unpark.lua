-- Removes a parked effect once it has been done after all.
-- KEYS[1] parked effects   ARGV[1] group:streamId
-- Returns 1 when it was parked, 0 otherwise.
return redis.call('HDEL', KEYS[1], ARGV[1])
