-- Switches a hall's tidal auto mode on or off and records who did it in the tidal audit list, in
-- one step, so the audit never misses a switch.
-- KEYS[1] tidal settings changed at run time (hash)   KEYS[2] tidal audit (list, newest first)
-- ARGV[1] "true" or "false"   ARGV[2] the audit record JSON   ARGV[3] audit records kept
-- Returns 1.
redis.call('HSET', KEYS[1], 'autoMode', ARGV[1])
redis.call('LPUSH', KEYS[2], ARGV[2])
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[3]) - 1)
return 1
