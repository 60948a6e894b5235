/**
 * The contract shared by the queue server and every device: MQTT topics, JSON payloads, REST
 * records and a small client. It depends on neither Spring nor Paho in its public API.
 */
package org.onewindow.protocol;
