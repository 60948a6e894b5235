/**
 * Who may read and write which topic on the hall's broker: one table, used by the embedded broker
 * and written out as a Mosquitto ACL file, so the two cannot drift apart.
 */
package org.onewindow.protocol.access;
