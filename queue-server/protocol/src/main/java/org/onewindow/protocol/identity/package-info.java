/** Rules of Chinese identity documents that kiosks and the server both apply. */
package org.onewindow.protocol.identity;
