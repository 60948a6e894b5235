-- Ends every console session of an account that began before the given time. A time earlier than
-- the one recorded (a server whose clock is behind) changes nothing, so no ended session revives.
-- KEYS[1] console sign-outs (hash user name -> epoch ms)
-- ARGV[1] user name   ARGV[2] now (epoch ms)
-- Returns the sign-out time recorded (epoch ms).
local recorded = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if tonumber(ARGV[2]) > recorded then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return tonumber(ARGV[2])
end
return recorded
