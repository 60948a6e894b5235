/**
 * The hall as a screen last heard it from the broker: the retained board and window states, the
 * server's presence, and each call passed on once. No JavaFX: the screens render what it holds.
 */
package org.onewindow.display.feed;
