-- Lets the entries of a hall's event log go that are older than the live days and that nobody
-- needs any more: every effect group has read and acknowledged them, and no parked effect waits on
-- them. The log is then as long as the live days and whatever a lagging group has not done yet.
-- KEYS[1] events (stream)   KEYS[2] parked effects (hash "group:streamId" -> JSON)
-- ARGV[1] the id of the first entry of the live days (entries before it are older)
-- Returns the number of entries removed.
local function before(a, b)
  local ams, aseq = string.match(a, '^(%d+)-(%d+)$')
  local bms, bseq = string.match(b, '^(%d+)-(%d+)$')
  ams, bms = tonumber(ams), tonumber(bms)
  if ams ~= bms then
    return ams < bms
  end
  return tonumber(aseq) < tonumber(bseq)
end
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
local keep_from = ARGV[1]
for _, group in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
  local info = {}
  for i = 1, #group, 2 do
    info[group[i]] = group[i + 1]
  end
  -- Entries after the last one delivered to the group are not read yet; those read but not
  -- acknowledged are pending, from the oldest pending one on.
  if before(info['last-delivered-id'], keep_from) then
    keep_from = info['last-delivered-id']
  end
  if tonumber(info['pending']) > 0 then
    local oldest = redis.call('XPENDING', KEYS[1], info['name'])[2]
    if before(oldest, keep_from) then
      keep_from = oldest
    end
  end
end
for _, field in ipairs(redis.call('HKEYS', KEYS[2])) do
  local id = string.match(field, ':(%d+%-%d+)$')
  if id and before(id, keep_from) then
    keep_from = id
  end
end
return redis.call('XTRIM', KEYS[1], 'MINID', keep_from)
