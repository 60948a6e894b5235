/** The hall's opening hours as a device sees them: when to be the queue kiosk, which days to offer for booking. */
package org.onewindow.kiosk.hours;
