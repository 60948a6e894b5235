package org.onewindow.server.faults.load;

/**
 * How hard a run loads the hall.
 *
 * @param windows           windows calling and finishing, one clerk each
 * @param kiosks            kiosks issuing tickets
 * @param kioskPauseMillis  a kiosk's pause between two tickets
 * @param serviceMillis     a clerk's time between a call and its finish, on average (from half to one and a half)
 * @param maxWaiting        kiosks pause while this many tickets wait, so the queue stays short
 * @param rateEvery         every n-th rating request offered is rated on the phone page
 */
public record LoadShape(int windows, int kiosks, long kioskPauseMillis, long serviceMillis, int maxWaiting, int rateEvery) {

    /** The full suite: 16 windows and two kiosks, about 15 calls a second. */
    public static LoadShape full() {
        return new LoadShape(16, 2, 60, 900, 40, 2);
    }

    /** The short variant for every build: 8 windows, half the pace. */
    public static LoadShape light() {
        return new LoadShape(8, 1, 100, 900, 20, 2);
    }
}
