package org.onewindow.display;

import javafx.application.Application;


/**
 * Starts a display: {@code java -jar onewindow-hall-display.jar [display.properties] [key=value...]}.
 * A plain main class, so JavaFX starts from the class path without a module path.
 */
public final class DisplayMain {

    private DisplayMain() {
    }

    public static void main(String[] args) {
        Application.launch(DisplayApp.class, args);
    }
}
