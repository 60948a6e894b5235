/**
 * A hall's figures per business day (tickets per area and hour, waits, services, no-shows,
 * transfers), live for today and kept as a compact summary for past days; JSON and CSV.
 */
package org.onewindow.server.statistics;
