package org.onewindow.server.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.StaffMember;

/**
 * The names staff see each other by. Windows, ratings and logs record the sign-in name, which
 * says nothing to a manager; the consoles show the account's display name instead. Only staff
 * read it: boards, window screens and evaluators carry no names of staff.
 */
@Component
class StaffDirectory {

    private final List<StaffMember> staff;
    private final Map<String, StaffMember> byUsername;

    StaffDirectory(SecuritySettings settings) {
        this.staff = settings.users().stream().map(u -> new StaffMember(u.username(), u.displayName())).toList();
        this.byUsername = staff.stream().collect(Collectors.toUnmodifiableMap(StaffMember::username, Function.identity()));
    }

    List<StaffMember> all() {
        return staff;
    }

    /** The account's display name; the sign-in name itself for an account not configured here. */
    String displayName(String username) {
        StaffMember member = byUsername.get(username);
        return member == null ? username : member.displayName();
    }
}
