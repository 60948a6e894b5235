-- Includes loop_b.lua, which includes this file again: a loop the loader refuses.
--#include include_test/loop_b.lua
return 1
