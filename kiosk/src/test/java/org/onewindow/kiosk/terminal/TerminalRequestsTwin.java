package org.onewindow.kiosk.terminal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.LockerGrant;
import org.onewindow.protocol.rest.RateableService;
import org.onewindow.protocol.rest.RatingView;

/** A hall that knows nobody's affairs, answering at once; it keeps who asked about their cases. */
final class TerminalRequestsTwin implements TerminalRequests {

    final List<String> askedAbout = new ArrayList<>();

    @Override
    public CompletableFuture<HallView> hall() {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("not asked in these tests"));
    }

    @Override
    public CompletableFuture<List<CaseView>> myCases(Identity who) {
        askedAbout.add(who.name());
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<List<CaseView>> myLockerResults(Identity who) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<LockerGrant> openGrant(Identity who, String caseNo) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no locker"));
    }

    @Override
    public CompletableFuture<CaseView> collected(String grantToken) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no locker"));
    }

    @Override
    public CompletableFuture<List<AppointmentSlot>> slots(String areaId, LocalDate day) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<AppointmentView> book(Identity who, AppointmentSlot slot) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no slots"));
    }

    @Override
    public CompletableFuture<List<AppointmentView>> myAppointments(Identity who) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<AppointmentView> cancelAppointment(Identity who, String appointmentId) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no appointments"));
    }

    @Override
    public CompletableFuture<HallView.Item> checklist(String itemCode) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("no items"));
    }

    @Override
    public CompletableFuture<List<RateableService>> rateable(Identity who) {
        return CompletableFuture.completedFuture(List.of());
    }

    @Override
    public CompletableFuture<RatingView> rate(Identity who, String ticketId, String level, List<String> reasons) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("nothing to rate"));
    }
}
