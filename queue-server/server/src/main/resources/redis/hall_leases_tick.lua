-- One tick of an instance's hall leases: says it is alive, renews the leases it holds, takes the
-- free ones it was asked to take, and tells who holds each hall and which instances are alive.
-- Time is Redis's own, so the instances' clocks need not agree.
-- KEYS[1] live instances (sorted set: member -> last tick, ms)   KEYS[2..] each hall's lease
-- ARGV[1] the caller's instance id   ARGV[2] time-to-live of a lease and of liveness (ms)
-- ARGV[3] the caller's member in the live set (<halls served>:<instance id>)
-- ARGV[4..] per hall, in the order of KEYS[2..]: 'take' to take it if free, 'keep' to renew only
-- Returns {live members, holder of each hall ('' when free)}.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local me, ttl = ARGV[1], tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
local holders = {}
for i = 2, #KEYS do
  local holder = redis.call('GET', KEYS[i])
  if holder == me then
    redis.call('PEXPIRE', KEYS[i], ttl)
  elseif not holder and ARGV[i + 2] == 'take' then
    redis.call('SET', KEYS[i], me, 'PX', ttl)
    holder = me
  end
  holders[#holders + 1] = holder or ''
end
return {redis.call('ZRANGE', KEYS[1], 0, -1), holders}
