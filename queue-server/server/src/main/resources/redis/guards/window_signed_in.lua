-- Guard: a clerk is signed in at the window (it is OPEN or PAUSED, not CLOSED).
-- signed_in_window(windows key, window no) returns the window's state as a table, or nil and the
-- refusal NOT_SIGNED_IN for the script to return.
local function signed_in_window(windows, no)
  local json = redis.call('HGET', windows, no)
  local w = json and cjson.decode(json)
  if not w or w.status == 'CLOSED' then
    return nil, redis.error_reply('NOT_SIGNED_IN nobody is signed in at window ' .. no)
  end
  return w
end
