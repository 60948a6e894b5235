package org.onewindow.protocol.rest;

/**
 * A member of staff as colleagues see them on the consoles.
 *
 * @param username     sign-in name, as the windows, ratings and logs record it
 * @param displayName  the name shown, e.g. 王芳; the sign-in name when the account has none
 */
public record StaffMember(String username, String displayName) {
}
