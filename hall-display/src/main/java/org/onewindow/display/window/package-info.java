/** The small screen above one window: its number, what it serves, and the ticket being served. */
package org.onewindow.display.window;
