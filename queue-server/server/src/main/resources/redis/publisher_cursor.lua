-- Records the last event a hall's publisher has published, while it holds the publisher lease: an
-- instance that lost the lease (paused past its expiry) cannot move the new holder's cursor.
-- KEYS[1] the publisher lease   KEYS[2] the publisher cursor (string: a stream entry id)
-- ARGV[1] the caller's instance id   ARGV[2] the stream entry id
-- Returns 1 when recorded, 0 when the caller does not hold the lease (nothing is written then).
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[2], ARGV[2])
return 1
