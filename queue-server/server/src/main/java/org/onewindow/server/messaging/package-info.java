/**
 * MQTT for the hall: the embedded broker, one connection per hall with the server's presence,
 * and the publisher that turns the event log into calls and retained state.
 */
package org.onewindow.server.messaging;
