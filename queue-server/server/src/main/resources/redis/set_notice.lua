-- Sets the scrolling notice of the hall's boards.
-- KEYS[1] notice   KEYS[2] version   KEYS[3] events
-- ARGV[1] text ("" clears it)   ARGV[2] actor   ARGV[3] now (ms)
-- Returns the new hall version.
redis.call('SET', KEYS[1], ARGV[1])
local version = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'NOTICE_CHANGED', 'seq', version,
  'at', ARGV[3], 'actor', ARGV[2])
return version
