/** Serial ports behind one small interface: real ones through jSerialComm, in-memory pairs for tests. */
package org.onewindow.kiosk.device.serial;
