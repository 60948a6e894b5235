/**
 * The 24-hour terminal's screens (JavaFX): one view per {@link org.onewindow.kiosk.terminal.TerminalScreen},
 * in the frame {@link org.onewindow.kiosk.terminal.view.TerminalRoot}, built from the shared pieces
 * of {@code kiosk.ui}.
 */
package org.onewindow.kiosk.terminal.view;
