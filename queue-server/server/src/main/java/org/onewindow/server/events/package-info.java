/**
 * The hall's event log: every change a script makes is appended to a Redis Stream, read back
 * here in order and published inside the server as {@link org.onewindow.server.events.HallEvent}s.
 */
package org.onewindow.server.events;
