package org.onewindow.server.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches server instances work through a filled backlog until both groups have acknowledged
 * every entry. The whole drain is timed from the first pipeline's start; the steady part runs from
 * when every hall has been held by the same instance for a while (and a tenth of the work is done)
 * to when nine tenths are, so a lease hand-over at start and the last stragglers stay out of it.
 * An event counts once when both groups have done it: events = handled entries / 2.
 */
final class Drain {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long STABLE_NANOS = TimeUnit.MILLISECONDS.toNanos(400);
    private static final long PATIENCE_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final List<ServerInstance> instances;
    private final long start;
    private long done;
    private Mark steadyFrom;
    private Mark steadyTo;
    private long handled;

    /** What each instance had done at one moment. */
    private record Mark(long nanos, long[] handled, List<Map<Long, Long>> cpu, List<Map<Long, String>> kinds, int[] halls) {
    }

    private Drain(List<ServerInstance> instances) {
        this.instances = instances;
        this.start = instances.stream().mapToLong(ServerInstance::pipelineStartedNanos).min().orElseThrow();
    }

    static Drain of(List<ServerInstance> instances, long entriesTimesGroups, int halls) {
        Drain d = new Drain(instances);
        d.watch(entriesTimesGroups, halls);
        return d;
    }

    private void watch(long target, int halls) {
        List<Set<String>> heldBefore = List.of();
        long heldSince = System.nanoTime();
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (System.nanoTime() < deadline) {
            long now = System.nanoTime();
            long total = instances.stream().mapToLong(ServerInstance::handled).sum();
            List<Set<String>> held = instances.stream().map(ServerInstance::held).toList();
            if (!held.equals(heldBefore)) {
                heldBefore = held;
                heldSince = now;
            }
            boolean allHeld = held.stream().mapToInt(Set::size).sum() == halls;
            if (steadyFrom == null && allHeld && now - heldSince >= STABLE_NANOS && total >= target / 10) {
                steadyFrom = mark();
            }
            if (steadyFrom != null && steadyTo == null && total >= target * 9 / 10) {
                steadyTo = mark();
            }
            if (total >= target) {
                done = now;
                handled = total;
                if (steadyFrom != null && steadyTo == null) {
                    steadyTo = mark();
                }
                return;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        throw new IllegalStateException("the backlog was not done in 5 minutes: "
                + instances.stream().mapToLong(ServerInstance::handled).sum() + " of " + target);
    }

    private Mark mark() {
        long[] h = new long[instances.size()];
        int[] halls = new int[instances.size()];
        List<Map<Long, Long>> cpu = new ArrayList<>();
        List<Map<Long, String>> kinds = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            cpu.add(instances.get(i).cpuByThread());
            kinds.add(instances.get(i).threadKinds());
            h[i] = instances.get(i).handled();
            halls[i] = instances.get(i).held().size();
        }
        return new Mark(System.nanoTime(), h, cpu, kinds, halls);
    }

    long handled() {
        return handled;
    }

    double wholeSeconds() {
        return (done - start) / 1e9;
    }

    double wholeEventsPerSecond() {
        return handled / 2.0 / wholeSeconds();
    }

    double steadyEventsPerSecond() {
        if (steadyFrom == null) {
            return Double.NaN;
        }
        long sum = 0;
        for (int i = 0; i < instances.size(); i++) {
            sum += steadyTo.handled()[i] - steadyFrom.handled()[i];
        }
        return sum / 2.0 / ((steadyTo.nanos() - steadyFrom.nanos()) / 1e9);
    }

    private String byKind(ServerInstance s, int i, double events) {
        Map<Long, String> kinds = steadyTo.kinds().get(i);
        Map<String, Long> cpu = new TreeMap<>();
        steadyTo.cpu().get(i).forEach((thread, nanos) -> cpu.merge(kinds.getOrDefault(thread, "ended"),
                nanos - steadyFrom.cpu().get(i).getOrDefault(thread, 0L), Long::sum));
        StringBuilder out = new StringBuilder();
        cpu.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> out.append(e.getKey()).append('=').append(Math.round(e.getValue() / 1e3 / events)).append(' '));
        return out.toString().trim();
    }

    void report(List<String> lines, String label) {
        if (steadyFrom == null) {
            lines.add("BENCHMARK %s: the halls were never held steadily while work was left".formatted(label));
            return;
        }
        double seconds = (steadyTo.nanos() - steadyFrom.nanos()) / 1e9;
        long sum = 0;
        for (int i = 0; i < instances.size(); i++) {
            sum += steadyTo.handled()[i] - steadyFrom.handled()[i];
        }
        lines.add("BENCHMARK %s, steady part (%.2f s): %.0f events/s in all".formatted(label, seconds, steadyEventsPerSecond()));
        for (int i = 0; i < instances.size(); i++) {
            ServerInstance s = instances.get(i);
            long mine = steadyTo.handled()[i] - steadyFrom.handled()[i];
            long cpu = ServerInstance.cpuBetween(steadyFrom.cpu().get(i), steadyTo.cpu().get(i));
            double events = mine / 2.0;
            lines.add(("BENCHMARK   instance %s: %d halls (%.0f%%), %.0f%% of the entries (%d of all %d), %.0f events/s,"
                    + " CPU %.0f us/event (%.2f cores)").formatted(s.id(), steadyFrom.halls()[i],
                    100.0 * steadyFrom.halls()[i] / Arrays.stream(steadyFrom.halls()).sum(),
                    100.0 * mine / sum, s.handled(), handled, events / seconds, cpu / 1e3 / events, cpu / 1e9 / seconds));
            lines.add("BENCHMARK     CPU us/event by thread: " + byKind(s, i, events));
        }
    }
}
