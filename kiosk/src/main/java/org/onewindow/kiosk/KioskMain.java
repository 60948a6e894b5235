package org.onewindow.kiosk;

import javafx.application.Application;

import org.onewindow.kiosk.KioskApp;

/**
 * Starts the kiosk: {@code java -jar onewindow-kiosk.jar [kiosk.properties]}. A plain main class,
 * so JavaFX starts from the class path without a module path.
 */
public final class KioskMain {

    private KioskMain() {
    }

    public static void main(String[] args) {
        Application.launch(KioskApp.class, args);
    }
}
