/** The queue server's REST API as devices call it, on the JDK's HTTP client. */
package org.onewindow.protocol.client;
