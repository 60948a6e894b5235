-- A citizen no longer wants notices for a ticket: the number is forgotten at once.
-- KEYS[1] the day's notices   ARGV[1] ticket id
-- Returns 1 when there was a subscription, 0 when there was none.
return redis.call('HDEL', KEYS[1], ARGV[1])
