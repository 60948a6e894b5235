/**
 * The audit trail (ADR 0037, docs/records.md): who did what, where and from which address or
 * device, kept first in Redis and written into the records' {@code audit_record} by every instance,
 * so that a records database that is away never holds up nor loses an entry; and its reading by managers.
 */
package org.onewindow.server.audit;
