/**
 * What 24-hour terminals ask the server over MQTT (they reach the hall only through the broker):
 * a person's cases, appointment slots and bookings, an item's materials checklist.
 */
package org.onewindow.server.terminal;
