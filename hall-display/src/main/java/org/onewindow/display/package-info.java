/**
 * The hall display put together: its broker connection and presence, the feed, the voice and the
 * screen of its mode ({@link org.onewindow.display.HallDisplay}), and the JavaFX application that
 * shows it full screen ({@link org.onewindow.display.DisplayApp}).
 */
package org.onewindow.display;
