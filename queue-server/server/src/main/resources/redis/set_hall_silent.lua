-- Sets the manager's silent-calls switch of the whole hall (无声叫号).
-- KEYS[1] the hall's switch   KEYS[2] version   KEYS[3] events
-- ARGV[1] actor   ARGV[2] now (ms)   ARGV[3] "1" silent, "0" spoken
-- Returns ARGV[3].
redis.call('SET', KEYS[1], ARGV[3])
local version = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'HALL_SILENCE_CHANGED', 'seq', version,
  'at', ARGV[2], 'actor', ARGV[1], 'silent', ARGV[3])
return ARGV[3]
