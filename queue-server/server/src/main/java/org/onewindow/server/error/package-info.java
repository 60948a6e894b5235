/** Failures every feature raises and the REST layer maps to 400, 401, 404, 409, 422, 429 and 503. */
package org.onewindow.server.error;
