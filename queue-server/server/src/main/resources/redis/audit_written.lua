-- Entries of the audit trail now in the records: acknowledged and removed from the stream.
-- The records group is the stream's only reader, so an entry it acknowledged is done for everyone.
-- KEYS[1] the audit stream   ARGV[1] the group   ARGV[2..] the entries' ids
-- Returns how many entries were removed.
local ids = {}
for i = 2, #ARGV do
    ids[#ids + 1] = ARGV[i]
end
if #ids == 0 then
    return 0
end
redis.call('XACK', KEYS[1], ARGV[1], unpack(ids))
return redis.call('XDEL', KEYS[1], unpack(ids))
