-- Closes a tidal window: it calls from no area until opened again. A ticket it is serving stays
-- until finished.
-- KEYS[1] windows   KEYS[2] tidal audit (list, newest first)   KEYS[3] version   KEYS[4] events
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] reason   ARGV[5] mode MANUAL or AUTO
-- ARGV[6] audit records kept
-- Returns the window JSON. Errors: NOT_OPEN.
local no, now = ARGV[1], tonumber(ARGV[3])
local wjson = redis.call('HGET', KEYS[1], no)
local w = wjson and cjson.decode(wjson)
if not w or w.tidalAreas == '' then
  return redis.error_reply('NOT_OPEN tidal window ' .. no .. ' is not open')
end
local areas = w.tidalAreas
w.tidalAreas, w.tidalOpenedAt, w.tidalOpenedBy = '', 0, ''
wjson = cjson.encode(w)
redis.call('HSET', KEYS[1], no, wjson)
redis.call('LPUSH', KEYS[2], cjson.encode({at = now, window = no, action = 'CLOSE', areas = areas, actor = ARGV[2],
  reason = ARGV[4], mode = ARGV[5]}))
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[6]) - 1)
local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'TIDAL_WINDOW_CLOSED', 'seq', version, 'at', now,
  'window', no, 'areas', areas, 'actor', ARGV[2], 'reason', ARGV[4])
return wjson
