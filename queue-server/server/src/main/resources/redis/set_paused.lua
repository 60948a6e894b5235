-- Pauses a window (no calls; the screen shows 暂停服务) or resumes it.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] version   KEYS[4] events
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] "1" to pause, "0" to resume
-- Returns the window JSON. Errors: NOT_SIGNED_IN, WINDOW_BUSY, NOT_PAUSED, ALREADY_PAUSED.
local no, now, pause = ARGV[1], tonumber(ARGV[3]), ARGV[4] == '1'
local wjson = redis.call('HGET', KEYS[1], no)
local w = wjson and cjson.decode(wjson)
if not w or w.status == 'CLOSED' then
  return redis.error_reply('NOT_SIGNED_IN nobody is signed in at window ' .. no)
end
if pause and w.status == 'PAUSED' then
  return redis.error_reply('ALREADY_PAUSED window ' .. no .. ' is already paused')
end
if not pause and w.status ~= 'PAUSED' then
  return redis.error_reply('NOT_PAUSED window ' .. no .. ' is not paused')
end
if pause and w.current ~= '' then
  local cur = cjson.decode(redis.call('HGET', KEYS[2], w.current) or '{}')
  if cur.status == 'CALLED' then
    return redis.error_reply('WINDOW_BUSY window ' .. no .. ' is serving ' .. cur.number .. '; finish it first')
  end
end
w.status = pause and 'PAUSED' or 'OPEN'
wjson = cjson.encode(w)
redis.call('HSET', KEYS[1], no, wjson)
local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', pause and 'WINDOW_PAUSED' or 'WINDOW_RESUMED',
  'seq', version, 'at', now, 'window', no, 'actor', ARGV[2])
return wjson
