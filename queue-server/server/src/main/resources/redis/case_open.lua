-- Opens the case of a finished service, once: numbering it, recording it as the ticket's case and
-- storing it in one step, so every instance may hear the finish, one opens the case, no number is
-- skipped, and nobody finds a ticket's case number without its case.
-- KEYS[1] ticket-to-case (hash ticket id -> case no)   KEYS[2] the day's case number counter
-- KEYS[3] cases (hash case no -> case JSON)   KEYS[4] the person's cases (set; an unused key when anonymous)
-- KEYS[5] the hall's event log
-- ARGV[1] ticket id   ARGV[2] day yyyyMMdd
-- ARGV[3] the case JSON, with CASE-NUMBER-TO-COME where its number goes   ARGV[4] "1" to index the person
-- ARGV[5] now (ms)
-- A case opened now is logged as CASE_CHANGED, so that who must hear of it does, at least once.
-- Returns {case no, 1 when opened now or 0 when it was opened before}.
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if existing then
  return {existing, 0}
end
local no = ARGV[2] .. string.format('%04d', redis.call('INCR', KEYS[2]))
redis.call('HSET', KEYS[1], ARGV[1], no)
redis.call('HSET', KEYS[3], no, (string.gsub(ARGV[3], 'CASE%-NUMBER%-TO%-COME', no)))
if ARGV[4] == '1' then
  redis.call('SADD', KEYS[4], no)
end
redis.call('XADD', KEYS[5], 'MAXLEN', '~', 200000, '*', 'type', 'CASE_CHANGED', 'at', ARGV[5], 'case', no,
  'ticket', ARGV[1], 'from', '', 'status', cjson.decode(ARGV[3]).status)
return {no, 1}
