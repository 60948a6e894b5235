package org.onewindow.server.testsupport;

import java.time.Clock;
import java.util.List;

import org.onewindow.server.appointment.AppointmentService;
import org.onewindow.server.appointment.AppointmentSigner;
import org.onewindow.server.calling.AfterFinish;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.calling.CallingSettings;
import org.onewindow.server.calling.ClerkTools;
import org.onewindow.server.calling.HallSilence;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.redis.ReplicaWait;
import org.onewindow.server.state.BoardSettings;
import org.onewindow.server.state.HallStateQuery;
import org.onewindow.server.tidal.TidalService;
import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;
import org.onewindow.server.ticket.TicketService;
import org.onewindow.server.ticket.TicketViews;
import org.onewindow.server.ticket.TrackingLinks;

import redis.clients.jedis.UnifiedJedis;

/**
 * The queue core wired by hand on its own connection pool, as one server instance would have
 * it: two of these on one Redis behave like two server instances.
 */
public final class QueueCore implements AutoCloseable {

    public final UnifiedJedis pool;
    public final LuaScripts scripts;
    public final QueueReader reader;
    public final HallStateQuery state;
    public final TicketService tickets;
    public final CallingService calling;
    public final ClerkTools tools;
    public final HallSilence silence;
    public final TidalService tidal;
    public final AppointmentService appointments;

    private QueueCore(UnifiedJedis pool, ReplicaWait wait, Clock clock, CallingSettings callingSettings, List<Hall> halls) {
        this.pool = pool;
        HallDirectory directory = new HallDirectory(halls);
        this.scripts = new LuaScripts(pool, wait);
        this.reader = new QueueReader(pool);
        BoardSettings board = new BoardSettings(10);
        this.state = new HallStateQuery(directory, reader, board, clock);
        TicketViews views = new TicketViews(directory, reader, state, new TrackingLinks("", 8080));
        PersonKeys personKeys = new PersonKeys(new IdentitySettings("test-secret"), "unused");
        this.tickets = new TicketService(directory, scripts, reader, views, personKeys, clock);
        this.appointments = new AppointmentService(directory, pool, scripts, new AppointmentSigner(personKeys), tickets,
                personKeys, clock);
        this.calling = new CallingService(directory, scripts, reader, views, callingSettings, board, clock,
                AfterFinish.NOTHING);
        this.tools = new ClerkTools(directory, scripts, reader, views, calling, callingSettings, board, clock);
        this.silence = new HallSilence(directory, scripts, reader, clock);
        this.tidal = new TidalService(directory, scripts, calling, pool, clock);
    }

    /** The core on a named test Redis ("embedded" or "machine") with the default calling rules. */
    public static QueueCore on(String server, Clock clock, Hall... halls) {
        return on(server, clock, new CallingSettings(3, 1, CallingSettings.ReactivatePosition.ORIGINAL, 3), halls);
    }

    public static QueueCore on(String server, Clock clock, CallingSettings settings, Hall... halls) {
        return new QueueCore(TestRedis.pool(server), ReplicaWait.NONE, clock, settings, List.of(halls));
    }

    /** The core on a client of the caller's (closed with the core), waiting for replicas as told. */
    public static QueueCore on(UnifiedJedis client, ReplicaWait wait, Clock clock, Hall... halls) {
        return new QueueCore(client, wait, clock, new CallingSettings(3, 1, CallingSettings.ReactivatePosition.ORIGINAL, 3),
                List.of(halls));
    }

    @Override
    public void close() {
        pool.close();
    }
}
