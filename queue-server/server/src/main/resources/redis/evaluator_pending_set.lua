-- Notes which ticket's rating request a window's evaluator holds (its retained evaluator/pending
-- topic), so that whichever instance hears the rating knows whether to empty that topic.
-- KEYS[1] the hall's evaluator requests (hash window no -> ticket id)
-- ARGV[1] window no   ARGV[2] ticket id
-- Returns 1.
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
