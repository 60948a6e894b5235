/**
 * The kiosk's devices, one package each (ID card reader, code scanner, ticket printer, locker),
 * real drivers or simulated twins as {@link org.onewindow.kiosk.device.KioskDevices} picks them
 * from the configuration. No device knows the screens or the flows that use it.
 */
package org.onewindow.kiosk.device;
