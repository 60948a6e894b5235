package org.onewindow.protocol.rest;

import java.time.Instant;
import java.util.List;

/**
 * Who is signed in to a console.
 *
 * @param username     account name, used to sign in
 * @param roles        CLERK and/or MANAGER
 * @param windowNo     the window this clerk is signed in at, empty when none
 * @param expiresAt    when the session ends unless it is used before
 * @param displayName  the name the console shows, e.g. 王芳; the account name when it has none
 */
public record SessionView(String username, List<String> roles, String windowNo, Instant expiresAt, String displayName) {

    public SessionView {
        roles = roles == null ? List.of() : List.copyOf(roles);
        windowNo = windowNo == null ? "" : windowNo;
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
