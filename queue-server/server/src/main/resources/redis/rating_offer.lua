-- Offers a finished service for rating at the 24-hour terminals, to the person served, for as long
-- as its rating token is valid.
-- KEYS[1] the person's rateable services (hash ticket id -> service and token JSON)
-- ARGV[1] ticket id   ARGV[2] the service and token JSON   ARGV[3] seconds the token is valid
-- Returns 1.
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
