/** What the REST API has in common: the error format and the OpenAPI description. */
package org.onewindow.server.api;
