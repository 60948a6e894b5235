/**
 * The MQTT gateway every party uses: publish and subscribe returning futures, reconnect with
 * backoff, subscriptions restored after every reconnect. Paho is used here and nowhere else.
 */
package org.onewindow.protocol.mqtt;
