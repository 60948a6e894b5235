package org.onewindow.protocol.rest;

/**
 * Whether calls are silent (无声叫号): the boards show them and do not speak them.
 *
 * @param silent  true for silent calls; required when setting
 */
public record SilenceSetting(Boolean silent) {
}
