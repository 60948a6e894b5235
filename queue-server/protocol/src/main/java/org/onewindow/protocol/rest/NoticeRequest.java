package org.onewindow.protocol.rest;

/**
 * Sets the boards' scrolling notice.
 *
 * @param text  the notice, at most 500 characters; empty clears it
 */
public record NoticeRequest(String text) {
}
