-- Opens a tidal window for one or more areas, or changes the areas of one already open.
-- KEYS[1] windows   KEYS[2] tidal audit (list, newest first)   KEYS[3] version   KEYS[4] events
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] areas (comma-separated)
-- ARGV[5] reason   ARGV[6] mode MANUAL or AUTO   ARGV[7] audit records kept
-- Returns the window JSON. Errors: ALREADY_OPEN (same areas).
local no, now, areas = ARGV[1], tonumber(ARGV[3]), ARGV[4]
local wjson = redis.call('HGET', KEYS[1], no)
local w = wjson and cjson.decode(wjson) or {no = no, status = 'CLOSED', clerk = '', current = '',
  tidalAreas = '', tidalOpenedAt = 0, tidalOpenedBy = '', servedDay = '', served = 0, signedInAt = 0}
if w.tidalAreas == areas then
  return redis.error_reply('ALREADY_OPEN window ' .. no .. ' is already open for ' .. areas)
end
w.tidalAreas, w.tidalOpenedAt, w.tidalOpenedBy = areas, now, ARGV[2]
wjson = cjson.encode(w)
redis.call('HSET', KEYS[1], no, wjson)
redis.call('LPUSH', KEYS[2], cjson.encode({at = now, window = no, action = 'OPEN', areas = areas, actor = ARGV[2],
  reason = ARGV[5], mode = ARGV[6]}))
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[7]) - 1)
local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'TIDAL_WINDOW_OPENED', 'seq', version, 'at', now,
  'window', no, 'areas', areas, 'actor', ARGV[2], 'reason', ARGV[5])
return wjson
