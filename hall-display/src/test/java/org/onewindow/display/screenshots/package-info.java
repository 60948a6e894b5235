/** The pictures of the screens in docs/screenshots, rendered on demand under Xvfb. */
package org.onewindow.display.screenshots;
