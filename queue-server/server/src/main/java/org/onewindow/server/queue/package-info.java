/**
 * The queue's state as kept in Redis (tickets, windows, recent calls, service-time samples) and
 * the reads of it. Changes go through the Lua scripts of the features that own them.
 */
package org.onewindow.server.queue;
