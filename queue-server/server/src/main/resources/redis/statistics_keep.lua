-- Keeps a past day's statistics summary unless another instance kept one first.
-- KEYS[1] the day's statistics (string: summary JSON)
-- ARGV[1] the summary JSON   ARGV[2] seconds it is kept
-- Returns the summary JSON kept: this one, or the one kept before (which stays as it was).
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', tonumber(ARGV[2])) then
  return ARGV[1]
end
return redis.call('GET', KEYS[1])
