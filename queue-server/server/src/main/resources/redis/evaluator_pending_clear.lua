-- A ticket was rated at its window's evaluator: the window no longer holds its request, unless
-- the window has since asked for the next citizen's, which stays.
-- KEYS[1] the hall's evaluator requests (hash window no -> ticket id)
-- ARGV[1] window no   ARGV[2] the rated ticket id
-- Returns 1 when the window held that ticket's request (its topic is to be emptied), 0 otherwise.
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HDEL', KEYS[1], ARGV[1])
  return 1
end
return 0
