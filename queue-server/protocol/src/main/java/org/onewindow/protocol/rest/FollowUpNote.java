package org.onewindow.protocol.rest;

/**
 * What a manager records on a follow-up: the call-back, or the fix that resolves it.
 *
 * @param note  plain words, 1 to 500 characters
 */
public record FollowUpNote(String note) {
}
