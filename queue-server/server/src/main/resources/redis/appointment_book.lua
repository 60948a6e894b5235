-- Books an appointment slot: at most the slot's capacity per area, and one booking per person,
-- area and day, both checked and taken in one step so concurrent bookings never overfill a slot.
-- KEYS[1] the day's slots (hash "area|HH:mm" -> bookings made)   KEYS[2] appointments (hash id -> JSON)
-- KEYS[3] the day's bookers (hash "area|person key" -> appointment id)
-- ARGV[1] slot field "area|HH:mm"   ARGV[2] capacity of the slot   ARGV[3] appointment id
-- ARGV[4] appointment JSON   ARGV[5] booker field "area|person key"   ARGV[6] day keys' time-to-live (s)
-- Returns {"OK"}, {"FULL"} or {"ALREADY", id of the person's booking}.
local existing = redis.call('HGET', KEYS[3], ARGV[5])
if existing then
  return {'ALREADY', existing}
end
if tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') >= tonumber(ARGV[2]) then
  return {'FULL'}
end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
redis.call('HSET', KEYS[3], ARGV[5], ARGV[3])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[6]))
redis.call('EXPIRE', KEYS[3], tonumber(ARGV[6]))
return {'OK'}
