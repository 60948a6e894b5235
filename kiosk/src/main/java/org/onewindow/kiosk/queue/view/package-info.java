/**
 * The queue kiosk's screens (JavaFX): one view per {@link org.onewindow.kiosk.queue.Screen}, in the
 * frame {@link org.onewindow.kiosk.queue.view.KioskRoot}, built from the shared pieces of
 * {@code kiosk.ui}.
 */
package org.onewindow.kiosk.queue.view;
