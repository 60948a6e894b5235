/**
 * The result lockers (智能柜) of the 24-hour self-service room: a lock board on a serial line that
 * opens a slot's door and reports whether doors are shut. Protocol in docs/devices.md.
 */
package org.onewindow.kiosk.device.locker;
