-- Lets a resolved follow-up go from Redis once the records hold it resolved: only a resolved one,
-- and only if it is still as the server read it, so a later note stays until it is recorded too.
-- KEYS[1] follow-ups (hash id -> follow-up JSON)
-- ARGV[1] follow-up id   ARGV[2] the follow-up JSON as read
-- Returns 1 when released, 0 otherwise.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json or json ~= ARGV[2] or cjson.decode(json).status ~= 'RESOLVED' then
  return 0
end
redis.call('HDEL', KEYS[1], ARGV[1])
return 1
