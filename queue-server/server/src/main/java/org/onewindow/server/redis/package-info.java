/** Redis access: the connection pool, the embedded server, key names and the Lua scripts. */
package org.onewindow.server.redis;
