-- Hands the caller's hall leases to the instances that should hold them, or frees them, so the
-- work moves at once rather than when a lease runs out. With 'leaving', the caller is also taken
-- off the live instances (a graceful shutdown).
-- KEYS[1] live instances   KEYS[2..] hall leases
-- ARGV[1] the caller's instance id   ARGV[2] time-to-live (ms)   ARGV[3] 'leaving' or 'staying'
-- ARGV[4] the caller's member in the live set   ARGV[5..] per hall: the successor's instance id, '' to free it
-- A lease the caller does not hold is left as it is. Returns the number handed over or freed.
local me, ttl = ARGV[1], tonumber(ARGV[2])
local moved = 0
for i = 2, #KEYS do
  if redis.call('GET', KEYS[i]) == me then
    local successor = ARGV[i + 3]
    if successor == '' then
      redis.call('DEL', KEYS[i])
    else
      redis.call('SET', KEYS[i], successor, 'PX', ttl)
    end
    moved = moved + 1
  end
end
if ARGV[3] == 'leaving' then
  redis.call('ZREM', KEYS[1], ARGV[4])
end
return moved
