package org.onewindow.server.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets anyone through except a signed-in member of staff or a device: a rating comes from the
 * citizen's own phone, never from a console or a kiosk.
 */
final class NotStaff implements AuthorizationManager<RequestAuthorizationContext> {

    static final NotStaff INSTANCE = new NotStaff();

    @Override
    public AuthorizationDecision authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication who = authentication.get();
        boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        return new AuthorizationDecision(!signedIn);
    }
}
