-- Makes a window's calls silent (无声叫号: shown on the board, not spoken) or spoken again.
-- KEYS[1] windows   KEYS[2] version   KEYS[3] events
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] "1" silent, "0" spoken
-- Returns the window JSON. Errors: NOT_SIGNED_IN.
--#include guards/window_signed_in.lua
local no = ARGV[1]
local w, notSignedIn = signed_in_window(KEYS[1], no)
if not w then
  return notSignedIn
end
w.silent = ARGV[4] == '1'
local wjson = cjson.encode(w)
redis.call('HSET', KEYS[1], no, wjson)
local version = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'WINDOW_SILENCE_CHANGED', 'seq', version,
  'at', ARGV[3], 'window', no, 'actor', ARGV[2], 'silent', ARGV[4])
return wjson
