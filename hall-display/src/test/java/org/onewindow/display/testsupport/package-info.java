/**
 * What the display's tests share: screens on a headless toolkit and made-up hall states. The real
 * queue server they talk to is the server's {@code DemoHallServer}.
 */
package org.onewindow.display.testsupport;
