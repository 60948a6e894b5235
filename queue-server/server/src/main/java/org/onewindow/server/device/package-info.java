/**
 * The hall's devices as they report themselves over MQTT (retained presence with a last-will, and
 * health), kept in memory for the manager's console; their parts' faults named by stable codes,
 * and kept in Redis as alerts until a manager acknowledges them for the whole hall.
 */
package org.onewindow.server.device;
