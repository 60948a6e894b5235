/** Wait estimates from recent service times and open windows; pure code, method in docs/estimates.md. */
package org.onewindow.server.estimate;
