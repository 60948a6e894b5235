-- Part: whether a window's calls are silent (无声叫号): the window's own switch or the hall's.
-- silent_calls(window table, hall switch "1"/"0" as the service read it) returns a boolean.
local function silent_calls(w, hallSilent)
  return hallSilent == '1' or w.silent == true
end
