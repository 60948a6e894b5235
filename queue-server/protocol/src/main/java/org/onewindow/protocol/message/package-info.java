/**
 * MQTT payloads. Records only gain fields; readers ignore fields they do not know (queue-server/protocol/README.md,
 * "Compatibility"), so an old board keeps working when the server adds a field.
 */
package org.onewindow.protocol.message;
