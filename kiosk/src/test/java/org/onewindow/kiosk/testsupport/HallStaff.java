package org.onewindow.kiosk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.testsupport.HallRestDriver;
import org.onewindow.server.testsupport.DemoHallServer;

/** What the hall's staff do before a citizen comes to the terminal, through the server's real API. */
public final class HallStaff {

    private final DemoHallServer server;

    public HallStaff(DemoHallServer server) {
        this.server = server;
    }

    /** A clerk at {@code window} serves the person's new ticket and ends it with {@code outcome}. */
    public TicketView served(IdCard person, String area, String window, String clerk, String outcome) {
        TicketView ticket = server.manager().issueTicket(new IssueTicketRequest(UUID.randomUUID().toString(), area, null,
                new Identity(person.number(), person.name()), null, null));
        HallRestDriver staff = HallRestDriver.forStaff(server.url(), DemoHallServer.HALL, clerk, "demo-clerk",
                Duration.ofSeconds(5));
        staff.signIn(window);
        assertThat(staff.callNext(window)).map(TicketView::ticketId).contains(ticket.ticketId());
        staff.finish(window, new FinishRequest(outcome, List.of(), ""));
        return ticket;
    }

    /** The case opened for the ticket's service. */
    public CaseView caseOf(TicketView ticket) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> server.manager().cases().stream()
                .filter(c -> c.ticketId().equals(ticket.ticketId())).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The back office decides the case and puts the result in the locker. */
    public CaseView readyInLocker(TicketView ticket) {
        String caseNo = caseOf(ticket).caseNo();
        server.manager().moveCase(caseNo, new CaseStatusRequest("DECIDED", "准予", null, null));
        return server.manager().moveCase(caseNo, new CaseStatusRequest("READY", "", "LOCKER", ""));
    }

    public CaseView now(String caseNo) {
        return server.manager().cases().stream().filter(c -> c.caseNo().equals(caseNo)).findFirst().orElseThrow();
    }
}
