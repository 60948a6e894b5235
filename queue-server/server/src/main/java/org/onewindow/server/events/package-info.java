/**
 * The hall's event log: every change a script makes is appended to a Redis Stream in the same
 * atomic step, and read back as {@link org.onewindow.server.events.HallEvent}s by the event
 * pipeline (work after a change, at least once) and the consoles' live tail.
 */
package org.onewindow.server.events;
