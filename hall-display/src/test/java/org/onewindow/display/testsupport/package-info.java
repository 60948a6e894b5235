/** What the display's tests share: screens on a headless toolkit, made-up hall states, a real queue server. */
package org.onewindow.display.testsupport;
