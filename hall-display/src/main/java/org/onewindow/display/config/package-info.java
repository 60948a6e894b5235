/** How one display is set up: its mode, window, broker and screen, read from {@code display.properties}. */
package org.onewindow.display.config;
