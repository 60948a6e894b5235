-- Guard: the window may call someone now: a clerk is signed in, it is not paused, and it serves
-- nobody. Needs guards/window_signed_in.lua and guards/ticket_called.lua included before it.
-- window_ready_to_call(windows key, tickets key, window no) returns the window's state as a table,
-- or nil and the refusal (NOT_SIGNED_IN, WINDOW_PAUSED, WINDOW_BUSY) for the script to return.
local function window_ready_to_call(windows, tickets, no)
  local w, notSignedIn = signed_in_window(windows, no)
  if not w then
    return nil, notSignedIn
  end
  if w.status == 'PAUSED' then
    return nil, redis.error_reply('WINDOW_PAUSED window ' .. no .. ' is paused; resume it first')
  end
  local serving = called_ticket(tickets, w)
  if serving then
    return nil, redis.error_reply('WINDOW_BUSY window ' .. no .. ' is serving ' .. serving.number
      .. '; finish, park, transfer or mark it no-show first')
  end
  return w
end
