-- Stores a follow-up's next state (a call-back, the fix), made by the server from the state it
-- read, if the follow-up is still in that state; otherwise returns it as it is now, for the server
-- to make the change again from there, so two changes at once are both kept.
-- KEYS[1] follow-ups (hash ticket id -> follow-up JSON)   KEYS[2] events
-- ARGV[1] ticket id   ARGV[2] the follow-up JSON the change was made from   ARGV[3] the changed JSON
-- ARGV[4] actor   ARGV[5] now (ms)
-- Logs FOLLOW_UP_CHANGED (the hall's queue did not change), so the records are written from the log.
-- Returns {"changed", JSON as stored} or {"stale", JSON as it is now}. Errors: NOT_FOUND follow-up.
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then
  return redis.error_reply('NOT_FOUND follow-up ' .. ARGV[1])
end
if current ~= ARGV[2] then
  return {'stale', current}
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', 200000, '*', 'type', 'FOLLOW_UP_CHANGED', 'at', ARGV[5], 'ticket', ARGV[1],
  'actor', ARGV[4], 'status', cjson.decode(ARGV[3]).status)
return {'changed', ARGV[3]}
