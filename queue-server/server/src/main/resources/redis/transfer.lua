-- Sends the window's current ticket to another area or to one window. It keeps its number and
-- its score, so it waits in its original place (by arrival) in the new queue.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] live tickets   KEYS[4] version   KEYS[5] events
-- KEYS[6] queue of the target window (used when ARGV[5] is set)
-- KEYS[7..] queue of every area of the hall, in the order of ARGV[6]
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] target area ("" for a window)
-- ARGV[5] target window ("" for an area)   ARGV[6] every area id (comma-separated)   ARGV[7] ttl (s)
-- Returns the ticket JSON. Errors: NOT_SIGNED_IN, NOTHING_TO_TRANSFER, SAME_PLACE, PERSON_ALREADY_QUEUED.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
--#include parts/ticket_record.lua
local no, now, toArea, toWindow = ARGV[1], tonumber(ARGV[3]), ARGV[4], ARGV[5]
local w, notSignedIn = signed_in_window(KEYS[1], no)
if not w then
  return notSignedIn
end
local t = called_ticket(KEYS[2], w)
if not t then
  return redis.error_reply('NOTHING_TO_TRANSFER window ' .. no .. ' has no called ticket to transfer')
end
if toWindow == no then
  return redis.error_reply('SAME_PLACE ' .. t.number .. ' is already at window ' .. no)
end

local queue = KEYS[6]
if toArea ~= '' then
  local i = 0
  for area in string.gmatch(ARGV[6], '[^,]+') do
    i = i + 1
    if area == toArea then queue = KEYS[6 + i] end
  end
  if queue == KEYS[6] then
    return redis.error_reply('NOT_FOUND area ' .. toArea)
  end
  if t.person ~= '' and toArea ~= t.area then
    local other = redis.call('HGET', KEYS[3], toArea .. '|' .. t.person)
    if other then
      local o = ticket_decode(redis.call('HGET', KEYS[2], other) or '{}')
      if o.status == 'WAITING' or o.status == 'CALLED' then
        return redis.error_reply('PERSON_ALREADY_QUEUED the citizen already holds ' .. o.number .. ' in that area')
      end
    end
  end
end

local from = t.area
if toArea ~= '' and toArea ~= t.area then
  if t.person ~= '' then
    redis.call('HDEL', KEYS[3], t.area .. '|' .. t.person)
    redis.call('HSET', KEYS[3], toArea .. '|' .. t.person, t.id)
  end
  t.fromArea, t.area = t.area, toArea
end
t.status, t.window, t.targetWindow, t.transfers, t.recalls = 'WAITING', '', toWindow, t.transfers + 1, 0
local tjson = ticket_encode(t)
redis.call('HSET', KEYS[2], t.id, tjson)
redis.call('ZADD', queue, t.score, t.id)
redis.call('EXPIRE', queue, tonumber(ARGV[7]))
w.current = ''
redis.call('HSET', KEYS[1], no, cjson.encode(w))

local version = redis.call('INCR', KEYS[4])
redis.call('XADD', KEYS[5], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_TRANSFERRED', 'seq', version, 'at', now,
  'ticket', t.id, 'number', t.number, 'area', t.area, 'window', no, 'actor', ARGV[2], 'from', from,
  'to', toArea ~= '' and toArea or ('window:' .. toWindow))
return tjson
