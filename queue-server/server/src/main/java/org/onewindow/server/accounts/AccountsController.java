package org.onewindow.server.accounts;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.onewindow.server.error.LogSafe;

/** {@code /api/accounts/staff}: the staff accounts, for managers. Passwords are never logged, nor answered but once. */
@RestController
@RequestMapping("/api/accounts/staff")
class AccountsController {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private final AccountDirectory directory;
    private final AccountChanges changes;

    AccountsController(AccountDirectory directory, AccountChanges changes) {
        this.directory = directory;
        this.changes = changes;
    }

    @GetMapping
    List<AccountView> list() {
        return directory.staff().stream().map(AccountView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountWithPassword create(@RequestBody(required = false) NewAccount body, Principal who) {
        AccountWithPassword created = changes.create(body, who.getName());
        audit.info("{} account-create username={} roles={} password={}", who.getName(), created.account().username(),
                created.account().roles(), created.password() == null ? "typed" : "made");
        return created;
    }

    @PutMapping("/{username}")
    AccountView change(@PathVariable("username") String username, @RequestBody(required = false) AccountChange body, Principal who) {
        AccountView changed = AccountView.of(changes.change(username, body, who.getName()));
        audit.info("{} account-change username={} halls={} windows={}", who.getName(), changed.username(),
                changed.allowedHalls(), changed.allowedWindows());
        return changed;
    }

    @PostMapping("/{username}/disable")
    AccountView disable(@PathVariable("username") String username, Principal who) {
        AccountView changed = AccountView.of(changes.setDisabled(username, true, who.getName()));
        audit.info("{} account-disable username={}", who.getName(), changed.username());
        return changed;
    }

    @PostMapping("/{username}/enable")
    AccountView enable(@PathVariable("username") String username, Principal who) {
        AccountView changed = AccountView.of(changes.setDisabled(username, false, who.getName()));
        audit.info("{} account-enable username={}", who.getName(), changed.username());
        return changed;
    }

    /** Answers {@code {"password": ...}} with the password made, or null when the manager typed one. */
    @PostMapping("/{username}/password")
    Map<String, String> resetPassword(@PathVariable("username") String username,
                                      @RequestBody(required = false) PasswordReset body, Principal who) {
        String made = changes.resetPassword(username, body == null ? null : body.password(), who.getName());
        audit.info("{} account-password-reset username={} password={}", who.getName(), LogSafe.of(username),
                made == null ? "typed" : "made");
        return java.util.Collections.singletonMap("password", made);
    }
}
