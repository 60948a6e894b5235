/** What the hall acknowledged compared with what it shows after a fault. */
package org.onewindow.server.faults.checks;
