package org.onewindow.server.faults.load;

/** The pace of the load clients: a clerk serving, a kiosk between citizens. */
final class Pacing {

    private Pacing() {
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
