package org.onewindow.server.pipeline;

/**
 * Work after a change was given up and now waits for a manager: the consoles open on this instance
 * show it at once (those on other instances at their next full refresh, within a minute).
 *
 * @param hallId the hall
 * @param id     the parked effect, {@code group:streamId}
 */
record EffectParked(String hallId, String id) {
}
