/**
 * What the screens of both faces of the kiosk share (JavaFX): the words in Chinese or English, the
 * top bar, the clock and idle countdown, buttons and columns, QR codes, the fit of a screen to the
 * display, elderly mode's look and voice, and the simulator panel of a demo kiosk. It knows neither
 * the queue kiosk nor the terminal.
 */
package org.onewindow.kiosk.ui;
