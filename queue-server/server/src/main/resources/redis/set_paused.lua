-- Pauses a window (no calls; the screen shows 暂停服务) or resumes it.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] version   KEYS[4] events
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] "1" to pause, "0" to resume
-- Returns the window JSON. Errors: NOT_SIGNED_IN, WINDOW_BUSY, NOT_PAUSED, ALREADY_PAUSED.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
local no, now, pause = ARGV[1], tonumber(ARGV[3]), ARGV[4] == '1'
local w, notSignedIn = signed_in_window(KEYS[1], no)
if not w then
  return notSignedIn
end
if pause and w.status == 'PAUSED' then
  return redis.error_reply('ALREADY_PAUSED window ' .. no .. ' is already paused')
end
if not pause and w.status ~= 'PAUSED' then
  return redis.error_reply('NOT_PAUSED window ' .. no .. ' is not paused')
end
local serving = pause and called_ticket(KEYS[2], w)
if serving then
  return redis.error_reply('WINDOW_BUSY window ' .. no .. ' is serving ' .. serving.number .. '; finish it first')
end
w.status = pause and 'PAUSED' or 'OPEN'
local wjson = cjson.encode(w)
redis.call('HSET', KEYS[1], no, wjson)
local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', pause and 'WINDOW_PAUSED' or 'WINDOW_RESUMED',
  'seq', version, 'at', now, 'window', no, 'actor', ARGV[2])
return wjson
