package org.onewindow.server.security;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import org.onewindow.server.accounts.AccountScope;
import org.onewindow.server.accounts.StaffScopes;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallReach;

/**
 * A member of staff reaches the halls of their account's scope. Only staff sign-ins are limited here:
 * a device's token carries a role of its own (ROLE_DEVICE_...) and its hall is checked where it acts.
 */
@Component
class StaffReach implements HallReach {

    private static final java.util.Set<String> STAFF_ROLES = java.util.Set.of("ROLE_CLERK", "ROLE_MANAGER", "ROLE_GUIDE");

    private final StaffScopes scopes;

    StaffReach(StaffScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean reaches(Principal who, Hall hall) {
        return !isStaff(who) || scopes.reaches(who.getName(), hall);
    }

    @Override
    public boolean everywhere(Principal who) {
        return !isStaff(who) || scopes.scopeOf(who.getName()).map(AccountScope::everywhere).orElse(false);
    }

    static boolean isStaff(Principal who) {
        return who instanceof Authentication a && a.isAuthenticated()
                && a.getAuthorities().stream().anyMatch(g -> STAFF_ROLES.contains(g.getAuthority()));
    }
}
