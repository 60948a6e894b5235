-- Signs a clerk in at a window. Signing in again at the same window changes nothing.
-- KEYS[1] windows   KEYS[2] version   KEYS[3] events
-- ARGV[1] window no   ARGV[2] clerk   ARGV[3] now (ms)
-- Returns {"signed-in" or "unchanged", window JSON}. Errors: WINDOW_TAKEN, CLERK_ELSEWHERE.
local no, clerk, now = ARGV[1], ARGV[2], tonumber(ARGV[3])
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local other = cjson.decode(all[i + 1])
  if other.clerk == clerk and all[i] ~= no then
    return redis.error_reply('CLERK_ELSEWHERE ' .. clerk .. ' is signed in at window ' .. all[i]
      .. '; sign out there first')
  end
end
local wjson = redis.call('HGET', KEYS[1], no)
local w = wjson and cjson.decode(wjson) or {no = no, status = 'CLOSED', clerk = '', current = '',
  tidalAreas = '', tidalOpenedAt = 0, tidalOpenedBy = '', servedDay = '', served = 0, signedInAt = 0}
if w.clerk == clerk then
  return {'unchanged', wjson}
end
if w.clerk ~= '' then
  return redis.error_reply('WINDOW_TAKEN ' .. w.clerk .. ' is signed in at window ' .. no)
end
w.status, w.clerk, w.signedInAt = 'OPEN', clerk, now
wjson = cjson.encode(w)
redis.call('HSET', KEYS[1], no, wjson)
local version = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', 200000, '*', 'type', 'WINDOW_SIGNED_IN', 'seq', version, 'at', now,
  'window', no, 'actor', clerk)
return {'signed-in', wjson}
