/** Who may do what: staff sign-in with roles, device tokens, and a clerk bound to their window. */
package org.onewindow.server.security;
