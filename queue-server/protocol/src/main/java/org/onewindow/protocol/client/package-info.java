/** The queue server's REST API for kiosks, terminals and boards, on the JDK's HTTP client. */
package org.onewindow.protocol.client;
