package org.onewindow.server.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import org.onewindow.server.accounts.AccountDirectory;
import org.onewindow.server.queue.QueueReader;

/**
 * A clerk acts only at the window they are signed in to; signing in is the one action a clerk
 * may take at a window that is not theirs (the sign-in itself refuses a window someone else
 * holds), and only at a window its account allows. Managers may act at any window.
 */
@Component
class WindowAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final QueueReader reader;
    private final AccountDirectory accounts;

    WindowAccess(QueueReader reader, AccountDirectory accounts) {
        this.reader = reader;
        this.accounts = accounts;
    }

    @Override
    public AuthorizationDecision authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication who = authentication.get();
        if (who == null || !who.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        if (has(who, "ROLE_MANAGER")) {
            return new AuthorizationDecision(true);
        }
        if (!has(who, "ROLE_CLERK")) {
            return new AuthorizationDecision(false);
        }
        String hall = context.getVariables().get("hall");
        String window = context.getVariables().get("no");
        if (context.getRequest().getRequestURI().endsWith("/sign-in")) {
            // An account limited to some halls or windows (the manager's console) signs in at those only.
            return new AuthorizationDecision(accounts.staff(who.getName()).map(a -> a.mayWorkAt(hall, window)).orElse(true));
        }
        return new AuthorizationDecision(who.getName().equals(reader.window(hall, window).clerk()));
    }

    private static boolean has(Authentication who, String role) {
        return who.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
