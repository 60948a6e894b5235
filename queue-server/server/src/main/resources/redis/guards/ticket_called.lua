-- Guard: the window's current ticket has been CALLED and is being served.
-- called_ticket(tickets key, window table) returns that ticket as a table, or nil when the window
-- serves nobody; each script refuses in its own words (NOTHING_TO_FINISH, WINDOW_BUSY...).
--#include parts/ticket_record.lua
local function called_ticket(tickets, w)
  if w.current == '' then
    return nil
  end
  local t = ticket_decode(redis.call('HGET', tickets, w.current) or '{}')
  if t.status ~= 'CALLED' then
    return nil
  end
  return t
end
