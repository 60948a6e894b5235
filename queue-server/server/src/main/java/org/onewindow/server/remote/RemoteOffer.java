package org.onewindow.server.remote;

import java.time.Instant;
import java.util.List;

/**
 * What the take page lists: whether tickets may be taken now, and the areas that offer them.
 *
 * @param open     whether tickets may be taken now (a working day, opening time reached, lapse time not)
 * @param opensAt  when the hall opens today, null on a closed day
 * @param lapseAt  when today's untaken places lapse and taking ends, null on a closed day
 * @param timeZone the hall's time zone, in which the page shows the times
 */
public record RemoteOffer(String hallId, String hallName, String hallNameEn, boolean open, Instant opensAt,
                          Instant lapseAt, String timeZone, List<AreaOffer> areas) {

    /**
     * @param remaining             remote tickets left today
     * @param waiting               tickets waiting in the area now
     * @param estimatedWaitSeconds  the wait of a ticket taken now, null while no window of the area is open
     */
    public record AreaOffer(String areaId, String name, String nameEn, int remaining, int waiting,
                            Long estimatedWaitSeconds) {
    }
}
