/** The suite's table, printed and kept in docs/reliability.md. */
package org.onewindow.server.faults.report;
