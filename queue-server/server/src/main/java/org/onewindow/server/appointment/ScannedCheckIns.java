package org.onewindow.server.appointment;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.remote.RemoteTicketService;

/**
 * The codes a kiosk's scanner reads at the check-in: an appointment's (AppointmentService) or a
 * phone's remote ticket's, which the remote tickets check in.
 */
@Service
class ScannedCheckIns {

    /** A remote ticket checked in; {@code changed} false when it had been before. */
    record Remote(TicketView ticket, boolean changed) {
    }

    private final RemoteTicketService remote;

    ScannedCheckIns(RemoteTicketService remote) {
        this.remote = remote;
    }

    static boolean isRemoteTicket(String code) {
        return RemoteTicketService.isCheckInCode(code);
    }

    Remote remoteTicket(String hallId, String code, String kiosk) {
        RemoteTicketService.CheckedIn done = remote.checkInAtKiosk(hallId, code, kiosk);
        return new Remote(done.ticket(), done.changed());
    }
}
