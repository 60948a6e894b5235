package org.onewindow.server.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.error.OutOfScopeException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;

/**
 * The scopes of staff accounts as the account directory holds them now, and the rules a manager's
 * changes keep: a manager acts on the accounts and devices of their own scope only, and never
 * grants a scope their own does not hold. A name the directory does not know reaches no hall.
 */
@Component
public class StaffScopes {

    private final AccountDirectory accounts;
    private final HallDirectory halls;

    StaffScopes(AccountDirectory accounts, HallDirectory halls) {
        this.accounts = accounts;
        this.halls = halls;
    }

    /** The account's scope; empty when no account has that name. */
    public Optional<AccountScope> scopeOf(String username) {
        return accounts.staff(username).map(StaffAccount::scope);
    }

    public boolean reaches(String username, Hall hall) {
        return scopeOf(username).map(s -> s.covers(hall)).orElse(false);
    }

    /** The halls of the deployment the account reaches, in the directory's order. */
    public List<Hall> hallsOf(String username) {
        return halls.all().stream().filter(h -> reaches(username, h)).toList();
    }

    /** Whether the manager may see and change the account: its scope and the halls it may sign in at lie in theirs. */
    boolean mayManage(String manager, StaffAccount account) {
        AccountScope own = scopeOf(manager).orElse(null);
        return own != null && account.scope().within(own, this::served)
                && account.allowedHalls().stream().allMatch(h -> own.covers(served(h)));
    }

    /** The hall of that id, or null when the deployment no longer serves it. */
    private Hall served(String hallId) {
        return halls.find(hallId).orElse(null);
    }

    void requireManageable(String manager, StaffAccount account) {
        if (!mayManage(manager, account)) {
            throw new OutOfScopeException("account " + account.username() + " reaches halls outside your scope");
        }
    }

    /** The hall, which must lie in the manager's scope. */
    void requireHall(String manager, String hallId) {
        Hall hall = halls.get(hallId);
        if (!reaches(manager, hall)) {
            throw new OutOfScopeException("hall " + hall.id() + " is outside your scope");
        }
    }

    /** A scope checked against the halls and divisions the deployment knows, and held by the manager's own. */
    AccountScope granted(String manager, AccountRequests.ScopeBody body) {
        AccountScope scope = known(body);
        AccountScope own = scopeOf(manager).orElse(null);
        if (own == null || !scope.within(own, this::served)) {
            throw new OutOfScopeException("a scope of " + scope + " is wider than your own (" + own + ")");
        }
        return scope;
    }

    private AccountScope known(AccountRequests.ScopeBody body) {
        if (body == null) {
            return AccountScope.EVERYWHERE;
        }
        List<String> hallIds = new ArrayList<>();
        for (String h : body.halls() == null ? List.<String>of() : body.halls()) {
            String id = h == null ? "" : h.strip();
            if (halls.find(id).isEmpty()) {
                throw new InvalidFieldException("scope.halls", "no hall '" + LogSafe.of(id) + "'");
            }
            if (!hallIds.contains(id)) {
                hallIds.add(id);
            }
        }
        List<String> codes = new ArrayList<>();
        for (String r : body.regions() == null ? List.<String>of() : body.regions()) {
            String code = r == null ? "" : r.strip();
            if (halls.division(code).isEmpty()) {
                throw new InvalidFieldException("scope.regions", "no hall lies in a division '" + LogSafe.of(code)
                        + "' (six-digit codes such as 622900)");
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        if (hallIds.size() + codes.size() > 200) {
            throw new InvalidFieldException("scope", "at most 200 halls and regions");
        }
        return new AccountScope(hallIds, codes);
    }
}
