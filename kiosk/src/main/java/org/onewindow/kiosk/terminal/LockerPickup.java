package org.onewindow.kiosk.terminal;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.locker.DoorState;
import org.onewindow.kiosk.device.locker.Locker;
import org.onewindow.kiosk.device.locker.LockerException;
import org.onewindow.kiosk.flow.HealthSink;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rpc.RpcException;

/**
 * Collecting a result from the locker: the slot the server assigned is opened, the terminal waits
 * for the door to be shut with the slot empty, and only then is the pickup recorded. A lock that
 * does not open, a door left open, or a result left inside is never recorded as collected; the
 * citizen is told to ask staff (or to swipe again), and staff see the fault on the device list.
 *
 * <p>When the pickup cannot be recorded at once (the broker is out of reach), the result is in
 * the citizen's hands all the same: the record is sent again until the server takes it.
 */
public final class LockerPickup {

    private static final Logger log = LoggerFactory.getLogger(LockerPickup.class);
    /** The health part for what happened at the doors; the board's line is the kiosk's "locker" part. */
    public static final String DOORS = "locker-doors";

    /** What the terminal is told as the pickup goes on; called on a worker thread. */
    public interface Listener {
        void opened(int slot);

        void collected(int slot, boolean recorded);

        /** {@code messageKey} names what to tell the citizen; {@code slot} 0 when none is known. */
        void failed(String messageKey, int slot);
    }

    private final Locker locker;
    private final TerminalLink link;
    private final HealthSink health;
    private final Executor worker;
    private final ScheduledExecutorService retries;
    private final Duration doorTimeout;
    private final Duration retryEvery;

    /**
     * @param doorTimeout how long a door may stand open before staff are called
     * @param retryEvery  how often an unrecorded pickup is sent again
     */
    public LockerPickup(Locker locker, TerminalLink link, HealthSink health, Executor worker,
                        ScheduledExecutorService retries, Duration doorTimeout, Duration retryEvery) {
        this.locker = locker;
        this.link = link;
        this.health = health;
        this.worker = worker;
        this.retries = retries;
        this.doorTimeout = doorTimeout;
        this.retryEvery = retryEvery;
    }

    void collect(Identity who, CaseView result, Listener listener) {
        worker.execute(() -> {
            int slot = slotOf(result);
            if (slot <= 0) {
                listener.failed("locker.ask-staff", 0);
                return;
            }
            try {
                locker.open(slot);
                health.report(DOORS, "OK", "正常");
                listener.opened(slot);
                DoorState shut = locker.awaitShut(slot, doorTimeout);
                if (shut.open()) {
                    health.report(DOORS, "FAULT", slot + "号柜门未关闭，请工作人员查看");
                    listener.failed("locker.left-open", slot);
                } else if (shut.occupied()) {
                    listener.failed("locker.not-taken", slot);
                } else {
                    record(who, result, slot, listener);
                }
            } catch (LockerException e) {
                log.warn("Locker slot {} for case {}: {}", slot, result.caseNo(), e.getMessage());
                health.report(DOORS, "FAULT", slot + "号柜：" + e.reason());
                listener.failed("locker.ask-staff", slot);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void record(Identity who, CaseView result, int slot, Listener listener) {
        try {
            link.collected(who, result.caseNo()).join();
            listener.collected(slot, true);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RpcException r && isRefusal(r)) {
                // The server will not take it (the case was moved meanwhile): staff must look.
                log.warn("Pickup of case {} from slot {} refused: {} {}", result.caseNo(), slot, r.code(), r.getMessage());
                health.report(DOORS, "FAULT", slot + "号柜取件未能登记（" + r.code() + "），请工作人员核对");
                listener.collected(slot, false);
            } else {
                log.warn("Pickup of case {} from slot {} not recorded yet: {}", result.caseNo(), slot, e.getMessage());
                listener.collected(slot, false);
                retries.schedule(() -> retry(who, result, slot), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void retry(Identity who, CaseView result, int slot) {
        link.collected(who, result.caseNo()).whenComplete((done, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (failure == null) {
                log.info("Pickup of case {} from slot {} recorded on retry", result.caseNo(), slot);
            } else if (cause instanceof RpcException r && isRefusal(r)) {
                log.warn("Pickup of case {} refused on retry: {}", result.caseNo(), r.code());
            } else {
                retries.schedule(() -> retry(who, result, slot), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** The server answered no (as opposed to no answer at all). */
    private static boolean isRefusal(RpcException e) {
        return switch (e.code()) {
            case "TIMEOUT", "NOT_SENT", "CLOSED", "MALFORMED_REPLY" -> false;
            default -> true;
        };
    }

    private static int slotOf(CaseView result) {
        try {
            return "LOCKER".equals(result.pickupMethod()) ? Integer.parseInt(result.pickupPlace().strip()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
