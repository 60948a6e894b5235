/** Failures every feature raises and the REST layer maps to 400, 404 and 409. */
package org.onewindow.server.error;
