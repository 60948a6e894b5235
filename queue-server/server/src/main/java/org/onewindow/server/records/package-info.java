/**
 * Records (ADR 0033, docs/records.md): what a hall must keep for years, written to the database
 * from the event log ({@code records.archive}), read back where Redis has let it go (closed cases),
 * released from Redis once recorded ({@link org.onewindow.server.records.LiveDayRelease}), and
 * purged of personal data after its retention period ({@code records.retention}).
 */
package org.onewindow.server.records;
