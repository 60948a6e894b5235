/**
 * The hall's codes as QR codes, encoded one way for every printer and screen, so what a kiosk prints,
 * a terminal shows and an evaluator offers all read alike on the hall's scanners and on phones.
 */
package org.onewindow.protocol.qr;
