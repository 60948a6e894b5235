/**
 * The hall's devices as they report themselves over MQTT (retained presence with a last-will, and
 * health), kept in memory for the manager's console.
 */
package org.onewindow.server.device;
