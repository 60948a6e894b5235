/**
 * The 24-hour self-service terminal: the kiosk's other mode. It reaches the hall only through the
 * MQTT broker (request and response), so it works in a village or a bank as well as in the hall's
 * 24-hour room. A citizen swipes an ID card to see their cases, collect a result from the locker,
 * book an appointment and rate a service; anyone can print an item's materials checklist.
 */
package org.onewindow.kiosk.terminal;
