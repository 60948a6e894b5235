-- Parks an effect that kept failing, where the manager's health view lists it, and takes the
-- entry off the consumer group's pending list so the hall's other events go on.
-- KEYS[1] the hall's event log   KEYS[2] parked effects (hash group:streamId -> JSON)
-- ARGV[1] consumer group   ARGV[2] stream entry id   ARGV[3] the parked effect's JSON
-- Returns 1.
redis.call('HSET', KEYS[2], ARGV[1] .. ':' .. ARGV[2], ARGV[3])
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
return 1
