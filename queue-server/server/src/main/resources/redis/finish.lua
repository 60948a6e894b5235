-- Finishes the window's current ticket and records how long the service took.
-- KEYS[1] windows   KEYS[2] tickets of the day   KEYS[3] live tickets   KEYS[4] version
-- KEYS[5] events    KEYS[6] service-time samples (hash area -> JSON array of seconds, newest first)
-- ARGV[1] window no   ARGV[2] actor   ARGV[3] now (ms)   ARGV[4] day yyyyMMdd   ARGV[5] samples kept
-- ARGV[6] outcome ('' when not given)   ARGV[7] missing materials (JSON array)   ARGV[8] note
-- Returns the ticket JSON. Errors: NOT_SIGNED_IN, NOTHING_TO_FINISH.
--#include guards/window_signed_in.lua
--#include guards/ticket_called.lua
--#include parts/ticket_record.lua
local no, now, day = ARGV[1], tonumber(ARGV[3]), ARGV[4]
local w, notSignedIn = signed_in_window(KEYS[1], no)
if not w then
  return notSignedIn
end
local t = called_ticket(KEYS[2], w)
if not t then
  return redis.error_reply('NOTHING_TO_FINISH window ' .. no .. ' has no called ticket to finish')
end

t.status, t.finishedAt, t.finishedBy = 'DONE', now, ARGV[2]
if ARGV[6] ~= '' then
  t.outcome, t.outcomeNote = ARGV[6], ARGV[8]
  -- cjson writes an empty table as {}, so an empty list is left out rather than stored.
  if ARGV[7] ~= '[]' then t.missingMaterials = cjson.decode(ARGV[7]) end
end
local tjson = ticket_encode(t)
redis.call('HSET', KEYS[2], t.id, tjson)
if t.person ~= '' and redis.call('HGET', KEYS[3], t.area .. '|' .. t.person) == t.id then
  redis.call('HDEL', KEYS[3], t.area .. '|' .. t.person)
end
if w.servedDay ~= day then
  w.servedDay, w.served = day, 0
end
w.current, w.served = '', w.served + 1
redis.call('HSET', KEYS[1], no, cjson.encode(w))

local seconds = math.floor((now - t.lastCalledAt) / 1000)
local samples = cjson.decode(redis.call('HGET', KEYS[6], t.area) or '[]')
table.insert(samples, 1, seconds)
while #samples > tonumber(ARGV[5]) do table.remove(samples) end
redis.call('HSET', KEYS[6], t.area, cjson.encode(samples))

local version = redis.call('INCR', KEYS[4])
redis.call('XADD', KEYS[5], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_FINISHED', 'seq', version, 'at', now,
  'ticket', t.id, 'number', t.number, 'area', t.area, 'window', no, 'actor', ARGV[2],
  'serviceSeconds', seconds, 'waitSeconds', math.floor((t.calledAt - t.issued) / 1000), 'item', t.item,
  'outcome', ARGV[6])
return tjson
