package org.onewindow.server.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.TransferRequest;
import org.onewindow.server.testsupport.TestIds;

/**
 * A working day in every hall at once, through a server's own services: kiosks issue the day's
 * tickets (seven in ten with an ID card, to the test hall's three areas), windows 1-9 call and
 * finish them; one in forty is transferred to another area and served there, one in fifty is
 * recalled and marked a no-show, one in five finishes with an outcome. Each hall belongs to one
 * thread, which goes round its halls a step at a time (an issue, then a call once a few wait), so
 * every hall is active all day. Halls differ: 60 to 240 tickets, one in a hundred a large hall of 1,200.
 */
final class HallDay {

    private static final String[] AREAS = {"biz", "biz", "estate", "biz", "social", "biz", "estate", "biz", "social", "biz"};
    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "欧阳明远", "陈静", "杨磊", "赵敏"};
    private static final FinishRequest SERVED = new FinishRequest("SERVED", List.of(), "");
    private static final LocalDate BORN = LocalDate.of(1950, 1, 1);
    private static final int WINDOWS = 9;

    private final ServerInstance server;
    private final List<String> halls;
    private final int threads;
    private final double scale;
    private final AtomicLong issued = new AtomicLong();
    private final List<long[]> issueNanos = new ArrayList<>();
    private final List<long[]> callNanos = new ArrayList<>();

    HallDay(ServerInstance server, List<String> halls, int threads, double scale) {
        this.server = server;
        this.halls = halls;
        this.threads = threads;
        this.scale = scale;
    }

    /** How many tickets hall number {@code i} issues in the day. */
    int ticketsOf(int i) {
        return (int) Math.round(scale * (i % 100 == 0 ? 1200 : 60 + (i % 10) * 20));
    }

    long issued() {
        return issued.get();
    }

    /** Every issue's time (ns), sorted. */
    long[] issueLatencies() {
        return merged(issueNanos);
    }

    /** Every call-next's time (ns), sorted. */
    long[] callLatencies() {
        return merged(callNanos);
    }

    void signInEveryWindow() throws Exception {
        onEachThread(own -> {
            for (Hall h : own) {
                for (int w = 1; w <= WINDOWS; w++) {
                    server.calling.signIn(h.id, Integer.toString(w), "clerk" + w);
                }
            }
        });
    }

    void run() throws Exception {
        onEachThread(own -> {
            Timings timings = new Timings(new long[own.stream().mapToInt(h -> h.tickets).sum()],
                    new long[own.stream().mapToInt(h -> 2 * h.tickets).sum()]);
            List<Hall> open = new ArrayList<>(own);
            while (!open.isEmpty()) {
                open.removeIf(h -> !step(h, timings));
            }
            synchronized (issueNanos) {
                issueNanos.add(Arrays.copyOf(timings.issue, timings.issues));
                callNanos.add(Arrays.copyOf(timings.call, timings.calls));
            }
        });
    }

    /** One hall's day so far. */
    private static final class Hall {
        final String id;
        final int tickets;
        int issued;
        int called;
        int window;
        final Set<String> transferred = new HashSet<>();

        Hall(String id, int tickets) {
            this.id = id;
            this.tickets = tickets;
        }
    }

    private static final class Timings {
        final long[] issue;
        final long[] call;
        int issues;
        int calls;

        Timings(long[] issue, long[] call) {
            this.issue = issue;
            this.call = call;
        }
    }

    /** An issue while the day's tickets last, then a call once a few wait; false when the hall is done. */
    private boolean step(Hall h, Timings timings) {
        if (h.issued < h.tickets) {
            int n = h.issued++;
            long start = System.nanoTime();
            server.tickets.issue(h.id, new IssueTicketRequest(UUID.randomUUID().toString(), AREAS[n % AREAS.length],
                    "biz".equals(AREAS[n % AREAS.length]) ? "QY001" : null,
                    n % 10 < 7 ? TestIds.person(BORN.plusDays(n).toString().replace("-", ""), n % 1000,
                            NAMES[n % NAMES.length]) : null, null, null), "kiosk-" + (1 + n % 4));
            timings.issue[timings.issues++] = System.nanoTime() - start;
            issued.incrementAndGet();
            if (h.issued - h.called < 4 && h.issued < h.tickets) {
                return true;
            }
        }
        for (int tried = 0; tried < WINDOWS; tried++) {
            String window = Integer.toString(1 + h.window++ % WINDOWS);
            long start = System.nanoTime();
            Optional<TicketView> called = server.calling.callNext(h.id, window, "clerk" + window);
            if (called.isPresent()) {
                if (timings.calls < timings.call.length) {
                    timings.call[timings.calls++] = System.nanoTime() - start;
                }
                serve(h, window, called.get());
                return true;
            }
        }
        return h.issued < h.tickets;
    }

    private void serve(Hall h, String window, TicketView t) {
        int k = h.called++;
        String clerk = "clerk" + window;
        if (k % 40 == 3 && h.transferred.add(t.ticketId())) {
            server.calling.transfer(h.id, window, clerk, new TransferRequest("biz".equals(t.areaId()) ? "estate" : "biz", null));
        } else if (k % 50 == 7) {
            server.calling.recall(h.id, window, clerk);
            server.calling.noShow(h.id, window, clerk);
        } else {
            server.calling.finish(h.id, window, clerk, k % 5 == 0 ? SERVED : null);
        }
    }

    private interface ThreadWork {
        void run(List<Hall> own) throws Exception;
    }

    private void onEachThread(ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Hall> own = new ArrayList<>();
                for (int i = t; i < halls.size(); i += threads) {
                    own.add(new Hall(halls.get(i), ticketsOf(i)));
                }
                done.add(pool.submit(() -> {
                    work.run(own);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] merged(List<long[]> parts) {
        synchronized (issueNanos) {
            long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(all);
            return all;
        }
    }
}
