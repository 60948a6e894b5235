/** The region overview: every hall a manager's scope holds, with its live figures, on one page. */
package org.onewindow.server.overview;
