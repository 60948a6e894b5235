/**
 * The kiosk's links to the queue server over MQTT: live area queues, and the health of the kiosk's
 * parts that both faces report.
 */
package org.onewindow.kiosk.server;
