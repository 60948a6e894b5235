package org.onewindow.server.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.HallLeases;

/**
 * Lapses the remote tickets not checked in by the lapse time, on the instance that holds the hall's
 * lease (another instance would only find nothing left to do: the script is idempotent). A check-in
 * after the time is refused by the check-in itself, so a late run here changes no outcome.
 */
@Component
class RemoteLapsing {

    private static final Logger log = LoggerFactory.getLogger(RemoteLapsing.class);

    private final HallDirectory halls;
    private final HallLeases leases;
    private final RemoteTicketService remote;

    RemoteLapsing(HallDirectory halls, HallLeases leases, RemoteTicketService remote) {
        this.halls = halls;
        this.leases = leases;
        this.remote = remote;
    }

    @Scheduled(initialDelay = 5_000, fixedDelay = 30_000)
    void tick() {
        for (Hall hall : halls.all()) {
            if (!leases.holds(hall.id()) || hall.areas().stream().noneMatch(Area::offersRemoteTickets)) {
                continue;
            }
            try {
                int lapsed = remote.lapseDue(hall.id());
                if (lapsed > 0) {
                    log.info("Hall {}: {} remote tickets lapsed unchecked-in", hall.id(), lapsed);
                }
            } catch (RuntimeException e) {
                log.warn("Remote tickets of hall {} could not be lapsed: {}", hall.id(), e.toString());
            }
        }
    }
}
