-- Lets a closed case go from Redis once the records hold it as it is: the server checked the
-- records, and the case is released only if it has not changed since (same status, same number
-- of steps), so a step stored meanwhile keeps it here until the records have that step too.
-- KEYS[1] cases (hash case no -> case JSON)   KEYS[2] ticket-to-case (hash ticket id -> case no)
-- KEYS[3] the person's cases (set; an unused key when the records know no person)
-- ARGV[1] case no   ARGV[2] status as recorded   ARGV[3] steps as recorded
-- Returns 1 when released, 0 when the case is not as recorded (or already gone).
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
  return 0
end
local c = cjson.decode(json)
if c.status ~= ARGV[2] or #c.history ~= tonumber(ARGV[3]) then
  return 0
end
redis.call('HDEL', KEYS[1], ARGV[1])
if c.ticketId and redis.call('HGET', KEYS[2], c.ticketId) == ARGV[1] then
  redis.call('HDEL', KEYS[2], c.ticketId)
end
redis.call('SREM', KEYS[3], ARGV[1])
return 1
