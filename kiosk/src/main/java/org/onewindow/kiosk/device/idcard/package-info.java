/**
 * Second-generation ID card readers (SAM serial protocol, see docs/devices.md): frames, the card's
 * text block, the reader driver and its simulated twins. An {@link org.onewindow.kiosk.device.idcard.IdCard}
 * never prints its number or name, and its photo stays raw bytes in memory.
 */
package org.onewindow.kiosk.device.idcard;
