/**
 * The self-service kiosk as an application: {@link org.onewindow.kiosk.Kiosk} assembles it from its
 * configuration, {@link org.onewindow.kiosk.KioskApp} puts it on the screen, the mode switch shows
 * the queue kiosk or the 24-hour terminal, and the citizen's input is routed to the one shown.
 */
package org.onewindow.kiosk;
