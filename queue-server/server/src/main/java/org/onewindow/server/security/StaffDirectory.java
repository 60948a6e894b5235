package org.onewindow.server.security;

import java.util.List;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.StaffMember;
import org.onewindow.server.accounts.AccountDirectory;

/**
 * The names staff see each other by. Windows, ratings and logs record the sign-in name, which
 * says nothing to a manager; the consoles show the account's display name instead. Only staff
 * read it: boards, window screens and evaluators carry no names of staff.
 */
@Component
class StaffDirectory {

    private final AccountDirectory accounts;

    StaffDirectory(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** Every account, disabled ones too: what they did earlier in the day still shows their name. */
    List<StaffMember> all() {
        return accounts.staff().stream().map(a -> new StaffMember(a.username(), a.displayName())).toList();
    }

    /** The account's display name; the sign-in name itself for an account not known here. */
    String displayName(String username) {
        return accounts.staff(username).map(a -> a.displayName()).orElse(username);
    }
}
