package org.onewindow.server.hall;

/**
 * One material to bring.
 *
 * @param name          what it is
 * @param original      original (true) or copy
 * @param copies        how many
 * @param mayBeMissing  whether the case may be accepted without it on a signed commitment (容缺受理)
 */
public record Material(String name, boolean original, int copies, boolean mayBeMissing) {
}
