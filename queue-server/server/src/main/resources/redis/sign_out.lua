-- Signs the clerk out of a window; the window must not be serving anyone.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] version   KEYS[4] events
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)
-- Returns the window JSON. Errors: NOT_SIGNED_IN, WINDOW_BUSY.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
local no, now = ARGV[1], tonumber(ARGV[3])
local w, notSignedIn = signed_in_window(KEYS[1], no)
if not w then
  return notSignedIn
end
local serving = called_ticket(KEYS[2], w)
if serving then
  return redis.error_reply('WINDOW_BUSY window ' .. no .. ' is serving ' .. serving.number
    .. '; finish, transfer or mark it no-show first')
end
local clerk = w.clerk
w.status, w.clerk, w.current = 'CLOSED', '', ''
local wjson = cjson.encode(w)
redis.call('HSET', KEYS[1], no, wjson)
local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'WINDOW_SIGNED_OUT', 'seq', version, 'at', now,
  'window', no, 'actor', ARGV[2], 'clerk', clerk)
return wjson
