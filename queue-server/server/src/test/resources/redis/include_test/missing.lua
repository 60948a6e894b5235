-- Includes a file that does not exist: the loader refuses it.
--#include include_test/not_there.lua
return 3
