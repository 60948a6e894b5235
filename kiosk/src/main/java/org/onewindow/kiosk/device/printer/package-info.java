/**
 * ESC/POS thermal ticket printers: the byte stream (text in GB18030, the QR code as a raster image
 * so any printer prints it), paper status by DLE EOT before each ticket, the serial driver, and a
 * renderer that turns the same bytes into an image for the simulated printer and for tests.
 */
package org.onewindow.kiosk.device.printer;
