-- Removes the consumers of the audit group that hold no entry and have been idle long. Checked and
-- removed in one step: a consumer given entries between a look and a removal would take them out
-- of the group's pending list, and they would never be written.
-- KEYS[1] the audit stream   ARGV[1] the group   ARGV[2] idle at least (ms)
-- Returns how many consumers were removed.
if redis.call('EXISTS', KEYS[1]) == 0 then
    return 0
end
local removed = 0
for _, consumer in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
    local fields = {}
    for i = 1, #consumer, 2 do
        fields[consumer[i]] = consumer[i + 1]
    end
    if fields['pending'] == 0 and fields['idle'] >= tonumber(ARGV[2]) then
        redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], fields['name'])
        removed = removed + 1
    end
end
return removed
