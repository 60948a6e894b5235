-- A manager has seen a fault: recorded once for the whole hall, the first acknowledgement stays.
-- A fault that has ended meanwhile is not acknowledged, so no acknowledgement outlives its fault.
-- KEYS[1] the hall's device faults (hash: device|part -> fault JSON)
-- KEYS[2] the hall's acknowledgements (hash: fault id -> acknowledgement JSON)
-- ARGV[1] the fault's field, device|part
-- ARGV[2] the fault as the caller read it (JSON)
-- ARGV[3] its id
-- ARGV[4] the acknowledgement (JSON: who, when)
-- Returns the acknowledgement that stands (JSON), or false when the fault has ended.
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then
  return false
end
redis.call('HSETNX', KEYS[2], ARGV[3], ARGV[4])
return redis.call('HGET', KEYS[2], ARGV[3])
