/** One citizen's turn at the kiosk or terminal: whose card is held, in which mode, and when it ends. */
package org.onewindow.kiosk.turn;
