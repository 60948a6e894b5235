package org.onewindow.server.audit;

import java.time.Instant;

/**
 * One entry of the audit trail. {@code id} is the id of the stream entry it was kept under, the
 * row's {@code source_id}. Nothing in it is personal data: no password, token or clear ID number,
 * a person at most by the short prefix of their person key.
 *
 * @param actor  the account, device or "citizen" that acted
 * @param action what was done, a word such as {@code sign-in}, {@code account-create}
 * @param hall   the hall it was done in, empty when none (sign-ins, accounts)
 * @param target what it was done to: a ticket number, an account, a device, a window
 * @param origin the caller's address for a request over HTTP, {@code device:<id>} for a device's
 * @param detail anything else worth knowing, composed by the server
 */
public record AuditEntry(String id, Instant at, String actor, String action, String hall, String target,
                         String origin, String detail) {
}
