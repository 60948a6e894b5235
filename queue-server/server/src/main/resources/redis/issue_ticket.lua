-- Issues a ticket, idempotent on the client's request id, one live ticket per person per area.
-- KEYS[1] sequences (hash area -> last number of the day)
-- KEYS[2] tickets of the day (hash id -> ticket JSON)
-- KEYS[3] queue of the area (sorted set id -> score)
-- KEYS[4] live tickets (hash "area|person" -> id)
-- KEYS[5] answered requests (hash request id -> id)
-- KEYS[6] tracking codes (hash code -> id)
-- KEYS[7] hall version counter
-- KEYS[8] hall event stream
-- KEYS[9] appointments (hash id -> appointment JSON)
-- ARGV[1] day yyyyMMdd         ARGV[2] area id        ARGV[3] prefix letter
-- ARGV[4] request id           ARGV[5] person key ("" when anonymous)
-- ARGV[6] masked name          ARGV[7] item code      ARGV[8] priority NORMAL|GREEN|APPOINTMENT
-- ARGV[9] green-channel reason ARGV[10] now (ms)      ARGV[11] score (ms)
-- ARGV[12] tracking code       ARGV[13] daily limit (0 = none)
-- ARGV[14] actor (device or user)  ARGV[15] key time-to-live (s)  ARGV[16] appointment id ("" for none)
-- Returns {outcome, ticket JSON}: outcome is "created", "replayed" (same request id) or
-- "existing" (the person already holds a live ticket for the area).
-- An appointment's ticket is its check-in: the booked appointment is marked CHECKED_IN with the
-- ticket in the same step, so a cancellation is either before (and the ticket refused) or after
-- (and refused itself).
-- Errors: DAILY_LIMIT, APPOINTMENT_CANCELLED.
--#include parts/ticket_record.lua
local day, area, prefix, request, person = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local now, ttl = tonumber(ARGV[10]), tonumber(ARGV[15])

local appointment = ARGV[16] ~= '' and redis.call('HGET', KEYS[9], ARGV[16])
appointment = appointment and cjson.decode(appointment)
if appointment and appointment.status == 'CANCELLED' then
  return redis.error_reply('APPOINTMENT_CANCELLED the appointment was cancelled')
end
local function check_in(ticket)
  if appointment and appointment.status == 'BOOKED' then
    appointment.status, appointment.ticketId, appointment.checkedInAt = 'CHECKED_IN', ticket, now
    redis.call('HSET', KEYS[9], ARGV[16], cjson.encode(appointment))
  end
end

local answered = redis.call('HGET', KEYS[5], request)
if answered then
  check_in(answered)
  return {'replayed', redis.call('HGET', KEYS[2], answered)}
end

if person ~= '' then
  local live = redis.call('HGET', KEYS[4], area .. '|' .. person)
  if live then
    local json = redis.call('HGET', KEYS[2], live)
    local t = json and ticket_decode(json)
    if t and (t.status == 'WAITING' or t.status == 'CALLED') then
      redis.call('HSET', KEYS[5], request, live)
      check_in(live)
      return {'existing', json}
    end
  end
end

local limit = tonumber(ARGV[13])
local issued = tonumber(redis.call('HGET', KEYS[1], area) or '0')
if limit > 0 and issued >= limit then
  return redis.error_reply('DAILY_LIMIT all ' .. limit .. ' tickets of today for this area have been issued')
end

local seq = redis.call('HINCRBY', KEYS[1], area, 1)
-- Three digits (A001); past 999 the number simply grows (A1000), so it never repeats in a day.
local number = prefix .. string.format('%03d', seq)
local id = day .. '-' .. number
local ticket = {
  id = id, number = number, area = area, item = ARGV[7], status = 'WAITING',
  priority = ARGV[8], greenReason = ARGV[9], arrival = now, issued = now, score = tonumber(ARGV[11]),
  person = person, name = ARGV[6], window = '', targetWindow = '', calledAt = 0, lastCalledAt = 0,
  calls = 0, recalls = 0, transfers = 0, fromArea = '', requestId = request, tracking = ARGV[12],
  appointment = ARGV[16], finishedAt = 0, noShowAt = 0, lastCallId = ''
}
local json = ticket_encode(ticket)
redis.call('HSET', KEYS[2], id, json)
redis.call('ZADD', KEYS[3], ticket.score, id)
redis.call('HSET', KEYS[5], request, id)
redis.call('HSET', KEYS[6], ARGV[12], id)
if person ~= '' then
  redis.call('HSET', KEYS[4], area .. '|' .. person, id)
end
for i = 1, 6 do
  redis.call('EXPIRE', KEYS[i], ttl)
end
check_in(id)

local version = redis.call('INCR', KEYS[7])
redis.call('XADD', KEYS[8], 'MAXLEN', '~', 200000, '*', 'type', 'TICKET_ISSUED', 'seq', version, 'at', now,
  'ticket', id, 'number', number, 'area', area, 'item', ARGV[7], 'priority', ARGV[8], 'actor', ARGV[14])
return {'created', json}
