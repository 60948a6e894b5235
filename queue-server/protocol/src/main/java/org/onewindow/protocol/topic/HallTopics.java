package org.onewindow.protocol.topic;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every MQTT topic of the product, under the versioned root {@code hall/v1/{hall}}.
 *
 * <p>Retained topics carry current state, so a device that connects late renders at once;
 * event topics are not retained. Identifiers are checked here so that a hall, window or
 * device id can never inject a topic level or a wildcard.
 */
public final class HallTopics {

    /** Version of the topic tree; a breaking change moves to {@code hall/v2}. */
    public static final String ROOT = "hall/v1";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final String hall;

    private HallTopics(String hallId) {
        this.hall = ROOT + "/" + requireSafe(hallId, "hall id");
    }

    /** Topics of one hall. */
    public static HallTopics forHall(String hallId) {
        return new HallTopics(hallId);
    }

    /** Retained {@code BoardState}: recent calls, area queues, tidal windows, notice. */
    public String board() {
        return hall + "/board";
    }

    /** Retained {@code WindowScreen} of one window. */
    public String windowScreen(String windowNo) {
        return hall + "/windows/" + requireSafe(windowNo, "window number") + "/screen";
    }

    /** Subscription filter for every window screen of the hall. */
    public String allWindowScreens() {
        return hall + "/windows/+/screen";
    }

    /** Retained {@code AreaQueue}: waiting count and estimate of one area. */
    public String areaQueue(String areaId) {
        return hall + "/areas/" + requireSafe(areaId, "area id") + "/queue";
    }

    /** Subscription filter for every area queue of the hall. */
    public String allAreaQueues() {
        return hall + "/areas/+/queue";
    }

    /** {@code CallAnnouncement} events, QoS 1, not retained. */
    public String calls() {
        return hall + "/calls";
    }

    /** Retained {@code TidalSuggestions}: the server's current advice to open or close tidal windows. */
    public String tidalSuggestions() {
        return hall + "/tidal/suggestions";
    }

    /** Retained {@code DevicePresence} of a device; its last-will sets it offline. */
    public String devicePresence(String deviceId) {
        return hall + "/devices/" + requireSafe(deviceId, "device id") + "/presence";
    }

    /** Subscription filter for every device presence of the hall. */
    public String allDevicePresence() {
        return hall + "/devices/+/presence";
    }

    /** Retained {@code DeviceHealth} of a device (paper, reader, scanner...). */
    public String deviceHealth(String deviceId) {
        return hall + "/devices/" + requireSafe(deviceId, "device id") + "/health";
    }

    /** Subscription filter for every device health report of the hall. */
    public String allDeviceHealth() {
        return hall + "/devices/+/health";
    }

    /**
     * Retained {@code RatingRequest} for a window's evaluator, cleared (empty payload) when rated or
     * at the next call: what evaluators that go back to their welcome at once follow.
     */
    public String evaluatorRequest(String windowNo) {
        return hall + "/windows/" + requireSafe(windowNo, "window number") + "/evaluator/request";
    }

    /**
     * Retained {@code RatingRequest} of the window's latest service, kept when the next ticket is
     * called: cleared (empty payload) only when it is rated at the evaluator, replaced by the next
     * finished service. The evaluator decides how long it stays on screen.
     */
    public String evaluatorPending(String windowNo) {
        return hall + "/windows/" + requireSafe(windowNo, "window number") + "/evaluator/pending";
    }

    /** Subscription filter for the pending rating request of every window of the hall. */
    public String allEvaluatorPending() {
        return hall + "/windows/+/evaluator/pending";
    }

    /** {@code RatingSubmission} from a window's evaluator, not retained. */
    public String evaluatorRating(String windowNo) {
        return hall + "/windows/" + requireSafe(windowNo, "window number") + "/evaluator/rating";
    }

    /** Subscription filter for the ratings of every evaluator of the hall. */
    public String allEvaluatorRatings() {
        return hall + "/windows/+/evaluator/rating";
    }

    /** {@code RatingResult}: the server's answer to an evaluator, not retained. */
    public String evaluatorResult(String windowNo) {
        return hall + "/windows/" + requireSafe(windowNo, "window number") + "/evaluator/result";
    }

    /** {@code CaseStatusChanged} events, QoS 1, not retained. */
    public String caseStatus() {
        return hall + "/cases/status";
    }

    /**
     * A device's request to the server over MQTT 5 request/response, by operation (e.g. cases.mine).
     * The topic names the device: the broker lets a device publish only on its own, so the server
     * knows who asks from the topic alone.
     */
    public String deviceRequest(String deviceId, String operation) {
        return hall + "/devices/" + requireSafe(deviceId, "device id") + "/requests/" + requireSafe(operation, "operation");
    }

    /** Filter of one device's requests, every operation. */
    public String deviceRequests(String deviceId) {
        return hall + "/devices/" + requireSafe(deviceId, "device id") + "/requests/+";
    }

    /** Subscription filter for every device request of the hall. */
    public String allDeviceRequests() {
        return hall + "/devices/+/requests/+";
    }

    /** The device and operation of a request topic of this hall; empty for any other topic. */
    public Optional<DeviceRequestTopic> requestOf(String topic) {
        String prefix = hall + "/devices/";
        if (topic == null || !topic.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] rest = topic.substring(prefix.length()).split("/", -1);
        if (rest.length != 3 || !rest[1].equals("requests") || !isSafeId(rest[0]) || !isSafeId(rest[2])) {
            return Optional.empty();
        }
        return Optional.of(new DeviceRequestTopic(rest[0], rest[2]));
    }

    /** Who asked, and what, by the topic of a request. */
    public record DeviceRequestTopic(String deviceId, String operation) {
    }

    /** A device's own reply topic. */
    public String deviceReplies(String deviceId) {
        return hall + "/devices/" + requireSafe(deviceId, "device id") + "/replies";
    }

    /** Filter of every device's reply topic: the only place the server sends answers. */
    public String allDeviceReplies() {
        return hall + "/devices/+/replies";
    }

    /** Retained {@code DevicePresence} of the queue server itself, with a last-will. */
    public String serverPresence() {
        return hall + "/server/presence";
    }

    /** Subscription filter for everything of the hall. */
    public String everything() {
        return hall + "/#";
    }

    /** Whether an id may be used as one topic level. */
    public static boolean isSafeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches();
    }

    private static String requireSafe(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!isSafeId(id)) {
            throw new IllegalArgumentException(what + " must be 1-64 of A-Z a-z 0-9 _ . - but was '" + id + "'");
        }
        return id;
    }
}
