package org.onewindow.server.accounts;

import java.time.Instant;
import java.util.List;

/**
 * A member of staff's account as the records database holds it.
 *
 * @param allowedHalls    halls whose windows a clerk may sign in at; empty: any
 * @param allowedWindows  window numbers a clerk may sign in at; empty: any
 * @param scope           the halls and regions the account acts in, whatever its roles; a manager
 *                        manages and sees those halls only
 */
public record StaffAccount(String username, String displayName, String passwordHash, List<String> roles,
                           List<String> allowedHalls, List<String> allowedWindows, AccountScope scope, boolean disabled,
                           String createdBy, Instant createdAt, String changedBy, Instant changedAt) {

    public StaffAccount {
        roles = List.copyOf(roles);
        allowedHalls = List.copyOf(allowedHalls);
        allowedWindows = List.copyOf(allowedWindows);
        scope = scope == null ? AccountScope.EVERYWHERE : scope;
    }

    /** An account that acts in every hall, as accounts did before scopes (the seeds from the configuration). */
    public StaffAccount(String username, String displayName, String passwordHash, List<String> roles,
                        List<String> allowedHalls, List<String> allowedWindows, boolean disabled,
                        String createdBy, Instant createdAt, String changedBy, Instant changedAt) {
        this(username, displayName, passwordHash, roles, allowedHalls, allowedWindows, AccountScope.EVERYWHERE, disabled,
                createdBy, createdAt, changedBy, changedAt);
    }

    /** Whether this account may sign in at that window, as far as its allowed halls and windows go. */
    public boolean mayWorkAt(String hall, String window) {
        return (allowedHalls.isEmpty() || allowedHalls.contains(hall))
                && (allowedWindows.isEmpty() || allowedWindows.contains(window));
    }
}
