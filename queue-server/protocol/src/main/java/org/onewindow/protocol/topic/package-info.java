/** Builds every MQTT topic name under the versioned root; nobody else concatenates topics. */
package org.onewindow.protocol.topic;
