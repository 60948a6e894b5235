-- Includes loop_a.lua, which includes this file: a loop the loader refuses.
--#include include_test/loop_a.lua
return 2
