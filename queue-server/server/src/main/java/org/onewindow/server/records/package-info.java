/**
 * Records (ADR 0033, docs/records.md): what a hall must keep for years (ticket history, cases and
 * their steps, ratings and follow-ups, the audit trail, daily statistics) in PostgreSQL, which the
 * live day in Redis is not meant for. The database is an embedded PostgreSQL for the demo and the
 * tests, and the installation's own in production; its schema is Flyway's, from plain SQL in
 * {@code db/records}.
 */
package org.onewindow.server.records;
