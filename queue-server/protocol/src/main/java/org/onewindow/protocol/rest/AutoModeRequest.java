package org.onewindow.protocol.rest;

/**
 * Switches a hall's tidal auto mode, in which the server opens and closes tidal windows itself.
 *
 * @param enabled  on or off
 */
public record AutoModeRequest(Boolean enabled) {
}
