/** The one policy that orders waiting tickets; pure code, documented in docs/ordering.md. */
package org.onewindow.server.ordering;
