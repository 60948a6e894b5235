-- Signs the clerk out of a window; the window must not be serving anyone. Tickets parked at the
-- window are never lost: each goes back to the front of its area's queue, waiting again. The
-- window's silent-calls switch goes off.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] version   KEYS[4] events
-- KEYS[5] tickets parked at this window   KEYS[6..] queue of every area, in the order of ARGV[4]
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] every area id (comma-separated)
-- ARGV[5] key time-to-live (s)
-- Returns the window JSON. Errors: NOT_SIGNED_IN, WINDOW_BUSY.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
--#include parts/ticket_record.lua
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
local queueOf, i = {}, 0
for area in string.gmatch(ARGV[4] or '', '[^,]+') do
  i = i + 1
  queueOf[area] = KEYS[5 + i]
end
local returned = {}
if KEYS[5] then
  for _, id in ipairs(redis.call('ZRANGE', KEYS[5], 0, -1)) do
    local t = ticket_decode(redis.call('HGET', KEYS[2], id) or '{}')
    local queue = t.area and queueOf[t.area]
    if t.status == 'CALLED' and queue then
      -- Ahead of everyone waiting: the citizen was called already and only stepped away.
      local head = redis.call('ZRANGE', queue, 0, 0, 'WITHSCORES')
      local score = t.score
      if head[2] and tonumber(head[2]) <= score then score = tonumber(head[2]) - 1 end
      t.status, t.window, t.targetWindow, t.recalls = 'WAITING', '', '', 0
      redis.call('HSET', KEYS[2], id, ticket_encode(t))
      redis.call('ZADD', queue, score, id)
      redis.call('EXPIRE', queue, tonumber(ARGV[5]))
      returned[#returned + 1] = t
    end
  end
  redis.call('DEL', KEYS[5])
end
local clerk = w.clerk
-- Silence is the clerk's own switch: the next clerk at this window starts with spoken calls.
w.status, w.clerk, w.current, w.silent = 'CLOSED', '', '', false
local wjson = cjson.encode(w)
redis.call('HSET', KEYS[1], no, wjson)
for _, t in ipairs(returned) do
  local version = redis.call('INCR', KEYS[3])
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_UNPARKED', 'seq', version, 'at', now,
    'ticket', t.id, 'number', t.number, 'area', t.area, 'window', no, 'actor', ARGV[2])
end
local version = redis.call('INCR', KEYS[3])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', 200000, '*', 'type', 'WINDOW_SIGNED_OUT', 'seq', version, 'at', now,
  'window', no, 'actor', ARGV[2], 'clerk', clerk)
return wjson
