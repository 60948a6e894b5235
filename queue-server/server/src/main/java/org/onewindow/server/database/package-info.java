/**
 * The relational store (ADR 0033, docs/records.md): PostgreSQL, embedded for the demo and the
 * tests, the installation's own in production, its schema by Flyway from plain SQL in
 * {@code db/records}. Like {@code redis}, it is a store the features use, and names none of them:
 * the records (ticket history, cases, ratings, the audit trail, statistics) and the staff's
 * accounts and devices are kept in it by their own features.
 */
package org.onewindow.server.database;
