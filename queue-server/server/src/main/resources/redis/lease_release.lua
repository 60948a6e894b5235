-- Gives a lease up, if the caller holds it, so another instance may take it at once.
-- KEYS[1] the lease (string: the holder's instance id)
-- ARGV[1] the caller's instance id
-- Returns 1 when released, 0 when the caller did not hold it (nothing is written then).
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
