/** The kiosk's links to the queue server: live area queues and device health over MQTT. */
package org.onewindow.kiosk.server;
