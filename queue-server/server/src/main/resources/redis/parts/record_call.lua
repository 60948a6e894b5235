-- Part: puts a call on the board's list and in the event log, as call_next and recall do.
-- record_call(recent calls key, version key, events key, ticket table, window no, actor, now,
--   call id, recent calls kept, key ttl (s), recall (boolean), silent (boolean), extra event fields)
-- returns the new hall version. The board lists each ticket once: its latest call moves to the top.
local function record_call(recent, versionKey, events, t, no, actor, now, callId, kept, ttl, recall, silent, extra)
  for _, entry in ipairs(redis.call('LRANGE', recent, 0, -1)) do
    if cjson.decode(entry).number == t.number then redis.call('LREM', recent, 0, entry) end
  end
  redis.call('LPUSH', recent, cjson.encode({callId = callId, number = t.number, window = no, area = t.area,
    at = now, recall = recall, silent = silent}))
  redis.call('LTRIM', recent, 0, tonumber(kept) - 1)
  redis.call('EXPIRE', recent, tonumber(ttl))
  local version = redis.call('INCR', versionKey)
  local fields = {'type', recall and 'TICKET_RECALLED' or 'TICKET_CALLED', 'seq', version, 'at', now,
    'ticket', t.id, 'number', t.number, 'area', t.area, 'window', no, 'actor', actor, 'callId', callId,
    'silent', silent and '1' or '0'}
  for _, f in ipairs(extra) do fields[#fields + 1] = f end
  redis.call('XADD', events, 'MAXLEN', '~', 200000, '*', unpack(fields))
  return version
end
