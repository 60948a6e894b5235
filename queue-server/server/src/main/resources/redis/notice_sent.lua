-- Notes that a notice went out, so that no instance sends it again. The first note wins.
-- KEYS[1] the day's sent notices   ARGV[1] ticket id:kind   ARGV[2] sent at (ms)   ARGV[3] expire at (unix s)
-- Returns 1 when noted now, 0 when it had been noted before.
local noted = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIREAT', KEYS[1], tonumber(ARGV[3]))
return noted
