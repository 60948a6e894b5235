-- Lets a past day's summary kept in Redis by an earlier version go, once the records hold it.
-- KEYS[1] the day's statistics (string: summary JSON)
-- Returns the number of keys removed (0 when it was gone already).
return redis.call('DEL', KEYS[1])
