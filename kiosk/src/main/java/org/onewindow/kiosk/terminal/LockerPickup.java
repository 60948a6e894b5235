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
import org.onewindow.kiosk.server.HealthSink;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.LockerGrant;
import org.onewindow.protocol.rpc.RpcException;

/**
 * Collecting a result from the locker. The server gives leave to open the result's slot (checking,
 * right then, that the card's holder owns the case and that it is still in that slot); the slot is
 * opened; the terminal waits for the door to be shut with the slot empty, and only then is the
 * pickup recorded. A lock that does not open, a door left open or a result left inside is never
 * recorded as collected; the citizen is told to ask staff (or to swipe again), and staff see the
 * fault on the device list.
 *
 * <p>A pickup that happened but could not be recorded at once (the broker out of reach) is kept
 * on disk as the server's grant, and sent again until the server takes it, after a restart too.
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
    private final TerminalRequests link;
    private final PendingPickups pending;
    private final HealthSink health;
    private final Executor worker;
    private final ScheduledExecutorService retries;
    private final Duration doorTimeout;
    private final Duration retryEvery;

    /**
     * @param doorTimeout how long a door may stand open before staff are called
     * @param retryEvery  how often unrecorded pickups are sent again
     */
    public LockerPickup(Locker locker, TerminalRequests link, PendingPickups pending, HealthSink health, Executor worker,
                        ScheduledExecutorService retries, Duration doorTimeout, Duration retryEvery) {
        this.locker = locker;
        this.link = link;
        this.pending = pending;
        this.health = health;
        this.worker = worker;
        this.retries = retries;
        this.doorTimeout = doorTimeout;
        this.retryEvery = retryEvery;
        retries.scheduleWithFixedDelay(this::sendPending, 0, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    void collect(Identity who, CaseView result, Listener listener) {
        worker.execute(() -> {
            LockerGrant grant;
            try {
                grant = link.openGrant(who, result.caseNo()).join();
            } catch (CompletionException e) {
                listener.failed(TerminalRefusals.notice(e).messageKey(), 0);
                return;
            }
            int slot = grant.slot();
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
                    pending.add(grant.token());
                    listener.collected(slot, record(grant.token(), result.caseNo()));
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

    /**
     * Sends a pickup's record. True when nothing more is to be sent: the server has it, or refused
     * it for good (then staff are told to check). False when it is kept to be sent again.
     */
    private boolean record(String token, String caseNo) {
        try {
            link.collected(token).join();
            pending.remove(token);
            return true;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RpcException r && !r.unanswered()) {
                log.warn("Pickup of case {} refused: {} {}", caseNo, r.code(), r.getMessage());
                health.report(DOORS, "FAULT", "取件未能登记（" + r.code() + "），请工作人员核对案卷 " + caseNo);
                pending.remove(token);
                return true;
            }
            log.warn("Pickup of case {} not recorded yet; it will be sent again: {}", caseNo, e.getMessage());
            return false;
        }
    }

    private void sendPending() {
        for (String token : pending.all()) {
            record(token, "kept since an earlier turn");
        }
    }
}
