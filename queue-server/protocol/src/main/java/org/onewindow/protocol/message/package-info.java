/**
 * MQTT payloads. Records only gain fields; readers ignore fields they do not know (see the
 * module README), so an old board keeps working when the server adds a field.
 */
package org.onewindow.protocol.message;
