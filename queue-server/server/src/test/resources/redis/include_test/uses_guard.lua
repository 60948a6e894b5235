-- A helper that includes a guard itself.
--#include guards/window_signed_in.lua
local function uses_guard_twice()
  return 'once'
end
