-- Parks an effect that kept failing, where the manager's health view lists it, and takes the
-- entry off the consumer group's pending list so the hall's other events go on. The log tells
-- every instance (its consoles list parked effects), not only the one that parked it.
-- KEYS[1] the hall's event log   KEYS[2] parked effects (hash group:streamId -> JSON)
-- ARGV[1] consumer group   ARGV[2] stream entry id   ARGV[3] the parked effect's JSON   ARGV[4] now (ms)
-- Returns 1.
local id = ARGV[1] .. ':' .. ARGV[2]
redis.call('HSET', KEYS[2], id, ARGV[3])
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XADD', KEYS[1], 'MAXLEN', '~', 200000, '*', 'type', 'EFFECT_PARKED', 'at', ARGV[4], 'effect', id)
return 1
