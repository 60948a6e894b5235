/** Issuing tickets at kiosks and terminals: numbering, identity, priority and the one-live-ticket rule. */
package org.onewindow.server.ticket;
