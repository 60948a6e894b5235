/** Request and response bodies of the queue server's REST API under {@code /api}. */
package org.onewindow.protocol.rest;
