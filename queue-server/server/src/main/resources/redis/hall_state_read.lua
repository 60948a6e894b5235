-- Reads, in one round trip and without writing anything, what boards, area queues and window
-- screens are built from: the hall's version, its windows, its service-time samples, its notice,
-- the day's recent calls, the tickets the windows serve, and for every area queue its length and
-- the earliest arrival among the tickets at its head.
-- KEYS[1] version   KEYS[2] windows (hash)   KEYS[3] service times (hash)   KEYS[4] notice
-- KEYS[5] the day's recent calls (list)   KEYS[6] the day's tickets (hash)   KEYS[7..] area queues (sorted sets)
-- ARGV[1] how many recent calls (0: none)   ARGV[2] how many tickets at a queue's head count for its oldest
-- ARGV[3] '1': also the tickets the windows serve, those of the day's hash (another day's are not in KEYS)
-- Returns {version or false, windows as field, value, ..., service times likewise, notice or false,
--          recent calls (JSON, newest first), served tickets as id, JSON, ... (empty unless asked),
--          then per queue in KEYS order {length, oldest arrival ms or -1}}.
--#include parts/ticket_record.lua
local windows = redis.call('HGETALL', KEYS[2])
local served = {}
if ARGV[3] == '1' then
  local ids = {}
  for i = 2, #windows, 2 do
    local current = cjson.decode(windows[i]).current
    if type(current) == 'string' and current ~= '' then
      ids[#ids + 1] = current
    end
  end
  if #ids > 0 then
    for i, json in ipairs(redis.call('HMGET', KEYS[6], unpack(ids))) do
      if json then
        served[#served + 1] = ids[i]
        served[#served + 1] = json
      end
    end
  end
end
local calls = {}
if tonumber(ARGV[1]) > 0 then
  calls = redis.call('LRANGE', KEYS[5], 0, tonumber(ARGV[1]) - 1)
end
local queues = {}
for i = 7, #KEYS do
  local length = redis.call('ZCARD', KEYS[i])
  local oldest = -1
  if length > 0 then
    local ids = redis.call('ZRANGE', KEYS[i], 0, tonumber(ARGV[2]) - 1)
    for _, json in ipairs(redis.call('HMGET', KEYS[6], unpack(ids))) do
      if json then
        -- Only the arrival is wanted, and Redis has one thread: a plain search for the member
        -- costs a third of a pattern match and far less than decoding every ticket at the head
        -- of every queue. The compact form (parts/ticket_record.lua) keeps it as "r" when it is
        -- not the issue time "t"; the long form of earlier releases as "arrival". The scripts
        -- write it as an integer; anything else is decoded.
        local arrival
        for _, name in ipairs({'"r":', '"arrival":', '"t":'}) do
          local _, name_end = string.find(json, name, 1, true)
          if name_end then
            arrival = tonumber(string.match(json, '^(%-?%d+)[,}]', name_end + 1))
            break
          end
        end
        if arrival == nil then
          -- Written otherwise, or by a version before arrivals (0, as the server reads it then).
          arrival = tonumber(ticket_decode(json).arrival) or 0
        end
        if oldest < 0 or arrival < oldest then
          oldest = arrival
        end
      end
    end
  end
  queues[#queues + 1] = {length, oldest}
end
local reply = {redis.call('GET', KEYS[1]), windows, redis.call('HGETALL', KEYS[3]),
  redis.call('GET', KEYS[4]), calls, served}
for _, q in ipairs(queues) do
  reply[#reply + 1] = q
end
return reply
