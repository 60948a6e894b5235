-- Stores a case's next state, made by the server from the state it read, if the case is still in
-- that state; otherwise it returns the case as it is now, for the server to make the change again
-- from there. A result loaded into a locker takes the lowest free slot; a result collected from a
-- locker frees its slot. Nothing is written unless everything is stored.
-- KEYS[1] cases (hash case no -> case JSON)   KEYS[2] locker slots (hash slot -> case no)
-- KEYS[3] the hall's event log, where a stored change is logged as CASE_CHANGED
-- ARGV[1] case no   ARGV[2] the case JSON the change was made from   ARGV[3] the changed case JSON
-- ARGV[4] lockers of the hall to take a slot among, the changed case's pickupPlace being
--         LOCKER-SLOT-TO-COME until then ("0" when the change loads no locker)
-- ARGV[5] the locker slot to free ("" for none)   ARGV[6] now (ms)
-- Returns {"changed", case JSON as stored} or {"stale", case JSON as it is now}.
-- Errors: NOT_FOUND case, LOCKERS_FULL.
local no = ARGV[1]
local current = redis.call('HGET', KEYS[1], no)
if not current then
  return redis.error_reply('NOT_FOUND case ' .. no)
end
if current ~= ARGV[2] then
  return {'stale', current}
end
local changed = ARGV[3]
local lockers = tonumber(ARGV[4])
local slot
if lockers > 0 then
  for s = 1, lockers do
    if redis.call('HEXISTS', KEYS[2], tostring(s)) == 0 then
      slot = tostring(s)
      break
    end
  end
  if not slot then
    return redis.error_reply('LOCKERS_FULL every result locker is taken; hand case ' .. no .. ' out at a window')
  end
  -- Only the field: a note that happens to hold the same words is left as written.
  changed = string.gsub(changed, '"pickupPlace":"LOCKER%-SLOT%-TO%-COME"', '"pickupPlace":"' .. slot .. '"')
end
redis.call('HSET', KEYS[1], no, changed)
if slot then
  redis.call('HSET', KEYS[2], slot, no)
end
if ARGV[5] ~= '' and redis.call('HGET', KEYS[2], ARGV[5]) == no then
  redis.call('HDEL', KEYS[2], ARGV[5])
end
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'CASE_CHANGED', 'at', ARGV[6], 'case', no,
  'from', cjson.decode(current).status, 'status', cjson.decode(changed).status)
return {'changed', changed}
