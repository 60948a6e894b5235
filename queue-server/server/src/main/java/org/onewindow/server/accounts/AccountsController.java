package org.onewindow.server.accounts;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.server.accounts.AccountRequests.AccountChange;
import org.onewindow.server.accounts.AccountRequests.AccountView;
import org.onewindow.server.accounts.AccountRequests.AccountWithPassword;
import org.onewindow.server.accounts.AccountRequests.NewAccount;
import org.onewindow.server.accounts.AccountRequests.PasswordReset;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.error.LogSafe;

/** {@code /api/accounts/staff}: the staff accounts, for managers. Passwords are never logged, nor answered but once. */
@RestController
@RequestMapping("/api/accounts/staff")
class AccountsController {

    private final AccountDirectory directory;
    private final AccountChanges changes;
    private final StaffScopes scopes;
    private final AuditTrail audit;

    AccountsController(AccountDirectory directory, AccountChanges changes, StaffScopes scopes, AuditTrail audit) {
        this.audit = audit;
        this.scopes = scopes;
        this.directory = directory;
        this.changes = changes;
    }

    /** The accounts the manager may change: those whose scope lies in theirs. */
    @GetMapping
    List<AccountView> list(Principal who) {
        return directory.staff().stream().filter(a -> scopes.mayManage(who.getName(), a)).map(AccountView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountWithPassword create(@RequestBody(required = false) NewAccount body, Principal who) {
        AccountWithPassword created = changes.create(body, who.getName());
        audit.record(who.getName(), "account-create", "", "account " + created.account().username(), AuditTrail.caller(),
                "roles=" + created.account().roles() + " halls=" + created.account().allowedHalls() + " windows="
                        + created.account().allowedWindows() + " scope=" + scopeOf(created.account().scope())
                        + " password=" + (created.password() == null ? "typed" : "made"));
        return created;
    }

    @PutMapping("/{username}")
    AccountView change(@PathVariable("username") String username, @RequestBody(required = false) AccountChange body, Principal who) {
        AccountChanges.Changed result = changes.change(username, body, who.getName());
        AccountView changed = AccountView.of(result.account());
        AccountScope before = result.scopeBefore();
        String scope = before.equals(result.account().scope()) ? "" : " scope=" + before + " -> " + result.account().scope();
        audit.record(who.getName(), "account-change", "", "account " + changed.username(), AuditTrail.caller(),
                "halls=" + changed.allowedHalls() + " windows=" + changed.allowedWindows() + scope);
        return changed;
    }

    private static String scopeOf(AccountRequests.ScopeBody scope) {
        return new AccountScope(scope.halls(), scope.regions()).toString();
    }

    @PostMapping("/{username}/disable")
    AccountView disable(@PathVariable("username") String username, Principal who) {
        AccountView changed = AccountView.of(changes.setDisabled(username, true, who.getName()));
        audit.record(who.getName(), "account-disable", "", "account " + changed.username(), AuditTrail.caller(), "");
        return changed;
    }

    @PostMapping("/{username}/enable")
    AccountView enable(@PathVariable("username") String username, Principal who) {
        AccountView changed = AccountView.of(changes.setDisabled(username, false, who.getName()));
        audit.record(who.getName(), "account-enable", "", "account " + changed.username(), AuditTrail.caller(), "");
        return changed;
    }

    /** Answers {@code {"password": ...}} with the password made, or null when the manager typed one. */
    @PostMapping("/{username}/password")
    Map<String, String> resetPassword(@PathVariable("username") String username,
                                      @RequestBody(required = false) PasswordReset body, Principal who) {
        String made = changes.resetPassword(username, body == null ? null : body.password(), who.getName());
        audit.record(who.getName(), "account-password-reset", "", "account " + LogSafe.of(username), AuditTrail.caller(),
                "password=" + (made == null ? "typed" : "made"));
        return java.util.Collections.singletonMap("password", made);
    }
}
