-- A part of a device reported FAULT: its fault begins, unless one is already on. Every server
-- instance hears every report; the first to write names the fault, the others find it there.
-- KEYS[1] the hall's device faults (hash: device|part -> fault JSON)
-- ARGV[1] the field, device|part
-- ARGV[2] the fault, as JSON, with a new id
-- Returns 1 when the fault began, 0 when one was already on.
return redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
