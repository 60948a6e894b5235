package org.onewindow.server.redis;

/**
 * Names of every Redis key of one hall. All share the hash tag {@code {hallId}}, so a hall's
 * keys live in one Cluster slot and every script can touch them together. Keys that belong to a
 * business day carry it ({@code yyyyMMdd}); they leave Redis once the records hold the day
 * (records.PastDayRelease), and expire after {@code queue.BusinessDay.KEYS_KEPT} at the latest.
 */
public final class HallKeys {

    private final String prefix;

    private HallKeys(String hallId) {
        this.prefix = "ow:{" + hallId + "}:";
    }

    public static HallKeys of(String hallId) {
        return new HallKeys(hallId);
    }

    /** Hash area id → last sequence number issued that day. */
    public String sequences(String day) {
        return prefix + "seq:" + day;
    }

    /** Hash ticket id → ticket JSON, for one business day. */
    public String tickets(String day) {
        return prefix + "tickets:" + day;
    }

    /** Sorted set of waiting ticket ids of an area, scored by the ordering policy. */
    public String areaQueue(String day, String areaId) {
        return prefix + "queue:" + day + ":area:" + areaId;
    }

    /** Sorted set of waiting ticket ids transferred to one window. */
    public String windowQueue(String day, String windowNo) {
        return prefix + "queue:" + day + ":window:" + windowNo;
    }

    /** Hash {@code area|personKey} → live ticket id: one live ticket per person per area. */
    public String liveTickets(String day) {
        return prefix + "live:" + day;
    }

    /** Hash request id → ticket id: a retried issue returns the same ticket. */
    public String requests(String day) {
        return prefix + "requests:" + day;
    }

    /** Hash tracking code → ticket id. */
    public String tracking(String day) {
        return prefix + "tracking:" + day;
    }

    /** Hash ticket id → near-turn notice subscription JSON (a mobile number), gone at the end of the day. */
    public String notices(String day) {
        return prefix + "notices:" + day;
    }

    /** Hash ticket id + ':' + kind → when the notice was sent, so each is sent once. */
    public String noticesSent(String day) {
        return prefix + "notices-sent:" + day;
    }

    /** String: the day's statistics JSON, kept long after the day's tickets have expired. */
    public String dayStatistics(String day) {
        return prefix + "statistics:" + day;
    }

    /** Hash window number → window state JSON. */
    public String windows() {
        return prefix + "windows";
    }

    /** List of recent call JSON, newest first. */
    public String recentCalls(String day) {
        return prefix + "calls:" + day;
    }

    /** Sorted set of the tickets parked (挂起) at one window, scored by when they were parked (ms). */
    public String parked(String day, String windowNo) {
        return prefix + "parked:" + day + ":window:" + windowNo;
    }

    /** String "1" or "0": the manager's silent-calls switch of the hall; absent, the hall file says. */
    public String silence() {
        return prefix + "silence";
    }

    /** Hash area id → JSON array of recent service durations (seconds), newest first. */
    public String serviceTimes() {
        return prefix + "service-times";
    }

    /** Sorted set: remote tickets of the day not yet checked in, scored by when they were taken. */
    public String remotePending(String day) {
        return prefix + "remote:pending:" + day;
    }

    /** Hash: remote tickets taken today per area, and per client address ({@code address|<keyed hash>}). */
    public String remoteCounts(String day) {
        return prefix + "remote:counts:" + day;
    }

    /** Hash: a phone's client token to the remote ticket it took last today. */
    public String remoteClients(String day) {
        return prefix + "remote:clients:" + day;
    }

    /** Counter that grows with every change of the hall's state. */
    public String version() {
        return prefix + "version";
    }

    /** Stream of every change: the event log that statistics and publishers read. */
    public String events() {
        return prefix + "events";
    }

    /** String: the scrolling notice of the boards. */
    public String notice() {
        return prefix + "notice";
    }

    /** List of tidal open/close audit records JSON, newest first. */
    public String tidalAudit() {
        return prefix + "tidal:audit";
    }

    /** Hash of a day's appointment slots: {@code area|HH:mm} to bookings made. */
    public String appointmentSlots(String date) {
        return prefix + "appointments:slots:" + date;
    }

    /** Hash of a day's bookers: {@code area|person key} to appointment id (one booking per person, area and day). */
    public String appointmentBookers(String date) {
        return prefix + "appointments:people:" + date;
    }

    /** Hash of every case of the hall: case number to case JSON. Kept until archived. */
    public String cases() {
        return prefix + "cases";
    }

    /** Hash of ticket id to case number: one case per service. */
    public String caseOfTicket() {
        return prefix + "cases:by-ticket";
    }

    /** Set of a person's case numbers, by person key (never the ID number). */
    public String casesOfPerson(String personKey) {
        return prefix + "cases:person:" + personKey;
    }

    /** Hash of the occupied result locker slots: slot number to case number. */
    public String lockerSlots() {
        return prefix + "lockers";
    }

    /** Counter of a day's case numbers. */
    public String caseNumbers(String day) {
        return prefix + "cases:seq:" + day;
    }

    /** Hash of the day's ratings: ticket id to rating JSON; one per service. */
    public String ratings(String day) {
        return prefix + "ratings:" + day;
    }

    /**
     * Hash of a person's services that may still be rated, by person key: ticket id to the
     * service and its rating token. Lives as long as the token, so a terminal offers only what
     * can still be rated.
     */
    public String rateableBy(String personKey) {
        return prefix + "ratings:person:" + personKey;
    }

    /** Hash of follow-ups of bad ratings: ticket id to follow-up JSON. */
    public String followUps() {
        return prefix + "follow-ups";
    }

    /** Hash of tidal settings changed at run time (auto mode). */
    public String tidalSettings() {
        return prefix + "tidal:settings";
    }

    /** String holding the id of the server instance that acts on the tidal rules in auto mode. */
    public String tidalLease() {
        return prefix + "tidal:lease";
    }

    /** Hash window no → id of the ticket whose rating request that window's evaluator holds. */
    public String evaluatorRequests() {
        return prefix + "evaluator:requests";
    }

    /** Hash {@code group:streamId} → JSON of an effect that kept failing and waits for a manager. */
    public String parkedEffects() {
        return prefix + "effects:parked";
    }

    /** Hash appointment id → appointment JSON. */
    public String appointments() {
        return prefix + "appointments";
    }

    /** Hash {@code deviceId|part} → JSON of the fault that part is in now; one per part while it lasts. */
    public String deviceFaults() {
        return prefix + "devices:faults";
    }

    /** Hash fault id → JSON of who acknowledged it and when: hall-wide, so every manager's alert goes. */
    public String deviceFaultAcknowledgements() {
        return prefix + "devices:faults:acknowledged";
    }
}
