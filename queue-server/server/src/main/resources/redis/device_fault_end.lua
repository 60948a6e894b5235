-- A part no longer reports FAULT: its fault ends, and the acknowledgement with it. Only the fault
-- the caller read ends, so one that began again meanwhile (another instance heard a newer report)
-- is left alone.
-- KEYS[1] the hall's device faults (hash: device|part -> fault JSON)
-- KEYS[2] the hall's acknowledgements (hash: fault id -> acknowledgement JSON)
-- ARGV[1] the field, device|part
-- ARGV[2] the fault as the caller read it (JSON)
-- ARGV[3] its id
-- Returns 1 when it ended, 0 when the field holds another fault or none.
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then
  return 0
end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[3])
return 1
