-- Includes the same guard twice, directly and through another file: it is put in once.
--#include guards/window_signed_in.lua
--#include include_test/uses_guard.lua
return uses_guard_twice()
