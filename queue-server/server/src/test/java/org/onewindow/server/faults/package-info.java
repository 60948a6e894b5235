/** The fault suite: scenarios that strike real Redis, broker and server processes under load and check what the hall kept. */
package org.onewindow.server.faults;
