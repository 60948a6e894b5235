-- Takes a lease (which server instance does a hall's publishing, or acts on its tidal rules) if
-- nobody holds it, or renews it if the caller does; it runs out unless renewed, so the work moves
-- to another instance when its holder dies.
-- KEYS[1] the lease (string: the holder's instance id)
-- ARGV[1] the caller's instance id   ARGV[2] time-to-live (ms)
-- Returns 1 when the caller holds the lease now, 0 when another instance does.
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 1
end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
