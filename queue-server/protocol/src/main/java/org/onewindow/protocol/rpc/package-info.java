/**
 * Request and response over MQTT 5 (response topic and correlation data): how 24-hour terminals,
 * which reach the hall only through the broker, ask the queue server things.
 */
package org.onewindow.protocol.rpc;
