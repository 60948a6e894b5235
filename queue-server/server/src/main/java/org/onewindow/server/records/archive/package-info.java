/**
 * The records writer (ADR 0033, docs/records.md): the {@code archive} consumer group of every
 * hall's event log writes each entry, and the ticket, case, rating or follow-up it changed, into
 * PostgreSQL, each row keyed by what it describes, so an entry written twice changes nothing. A
 * database that is away delays the records only: the entries wait in the log.
 */
package org.onewindow.server.records.archive;
