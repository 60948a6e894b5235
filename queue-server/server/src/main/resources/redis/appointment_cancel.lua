-- Cancels a booking not yet checked in; its place goes back to the slot and the person may book
-- again. Checked against the stored status in the same step as the check-in (issue_ticket.lua),
-- so an appointment is never both cancelled and checked in.
-- KEYS[1] appointments (hash id -> JSON)   KEYS[2] the appointment day's slots   KEYS[3] that day's bookers
-- ARGV[1] appointment id   ARGV[2] its slot field "area|HH:mm"
-- Returns the cancelled appointment JSON.
-- Errors: NOT_FOUND appointment, APPOINTMENT_CHECKED_IN, APPOINTMENT_CANCELLED.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
  return redis.error_reply('NOT_FOUND appointment ' .. ARGV[1])
end
local a = cjson.decode(json)
if a.status ~= 'BOOKED' then
  return redis.error_reply('APPOINTMENT_' .. a.status .. ' the appointment is ' .. string.lower(a.status)
    .. ' and cannot be cancelled')
end
a.status = 'CANCELLED'
json = cjson.encode(a)
redis.call('HSET', KEYS[1], ARGV[1], json)
redis.call('HINCRBY', KEYS[2], ARGV[2], -1)
redis.call('HDEL', KEYS[3], a.area .. '|' .. a.person)
return json
