/**
 * Barcode and QR scanners: serial mode (the kiosk's choice: no window focus needed, exact bytes)
 * and keyboard-wedge mode as a fallback. Both end in {@link org.onewindow.kiosk.device.scanner.ScanListener}.
 */
package org.onewindow.kiosk.device.scanner;
