package org.onewindow.server.security;

import org.springframework.stereotype.Component;

import org.onewindow.server.accounts.AccountDirectory;

/**
 * Ends every console session of an account that is disabled or has its password reset. A disabled
 * account's cookie signs in nobody anyway; signing it out too keeps its old sessions ended when it
 * is enabled again, and the record is in Redis, so it holds on every instance.
 */
@Component
class WithdrawnAccess {

    WithdrawnAccess(AccountDirectory accounts, ConsoleSessions sessions) {
        accounts.onAccessWithdrawn(sessions::signOut);
    }
}
