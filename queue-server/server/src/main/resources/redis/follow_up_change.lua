-- Stores a follow-up's next state (a call-back, the fix), made by the server from the state it
-- read, if the follow-up is still in that state; otherwise returns it as it is now, for the server
-- to make the change again from there, so two changes at once are both kept.
-- KEYS[1] follow-ups (hash ticket id -> follow-up JSON)
-- ARGV[1] ticket id   ARGV[2] the follow-up JSON the change was made from   ARGV[3] the changed JSON
-- Returns {"changed", JSON as stored} or {"stale", JSON as it is now}. Errors: NOT_FOUND follow-up.
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then
  return redis.error_reply('NOT_FOUND follow-up ' .. ARGV[1])
end
if current ~= ARGV[2] then
  return {'stale', current}
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return {'changed', ARGV[3]}
