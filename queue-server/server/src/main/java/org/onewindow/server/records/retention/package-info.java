/**
 * The retention of personal data in the records (ADR 0034): after
 * {@code onewindow.records.personal-data-days} a ticket's and a closed case's person key and masked
 * name are cleared, once a day, by one server instance. Every count and time stays, so statistics
 * over any period read the same after the purge.
 */
package org.onewindow.server.records.retention;
