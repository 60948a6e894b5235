/**
 * Statistics over any period of past days, read from the records in PostgreSQL: per hall, grouped
 * by area, item, window or clerk, as JSON, CSV and Excel. Each concern (tickets, ratings,
 * follow-ups) is one plain SQL query that also yields the hall's total through a grouping set.
 */
package org.onewindow.server.statistics.range;
