-- Lets a past business day of a hall go from Redis once the records hold all of it: the server
-- compared every ticket and rating of the day with the records, and the day goes only if it still
-- has as many of each as were compared, so a ticket or rating stored meanwhile keeps it here until
-- the records have that one too.
-- KEYS[1] the day's tickets (hash)   KEYS[2] the day's ratings (hash)   KEYS[3] appointments (hash id -> JSON)
-- KEYS[4 .. 3+ARGV[3]] every other key of the day: sequences, queues, calls, tracking, remote
--           tickets, the day's appointment slots and bookers... (those that do not exist are no matter)
-- KEYS[4+ARGV[3] ..] the services that may still be rated of the people served that day (hashes
--           ticket id -> offer; their tokens expired the day after, the offers of the day go with it)
-- ARGV[1] tickets compared   ARGV[2] ratings compared   ARGV[3] how many keys of the day follow KEYS[3]
-- ARGV[4] the day's ticket id prefix (yyyyMMdd-)   ARGV[5 ..] ids of the day's appointments
-- Returns 1 when released, 0 when the day changed since it was compared.
if redis.call('HLEN', KEYS[1]) ~= tonumber(ARGV[1]) or redis.call('HLEN', KEYS[2]) ~= tonumber(ARGV[2]) then
  return 0
end
for i = 5, #ARGV do
  redis.call('HDEL', KEYS[3], ARGV[i])
end
redis.call('DEL', KEYS[1], KEYS[2])
local day_keys = tonumber(ARGV[3])
for i = 4, 3 + day_keys do
  redis.call('DEL', KEYS[i])
end
local prefix = ARGV[4]
for i = 4 + day_keys, #KEYS do
  for _, ticket in ipairs(redis.call('HKEYS', KEYS[i])) do
    if string.sub(ticket, 1, #prefix) == prefix then
      redis.call('HDEL', KEYS[i], ticket)
    end
  end
end
return 1
