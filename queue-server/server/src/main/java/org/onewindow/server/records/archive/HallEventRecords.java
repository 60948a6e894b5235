package org.onewindow.server.records.archive;

import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.events.HallEvent;

/** Every entry of the event log as a row of hall_event, written once by its stream id. */
@Component
class HallEventRecords {

    private final JdbcClient jdbc;

    HallEventRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(HallEvent event) {
        Map<String, String> data = new TreeMap<>(event.data());
        jdbc.sql("""
                insert into hall_event (hall, stream_id, seq, type, at, actor, ticket_id, data)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (hall, stream_id) do nothing""")
                .params(event.hallId(), event.streamId(), event.seq(), event.type().name(), Timestamp.from(event.at()),
                        event.actor(), event.ticketId().isEmpty() ? null : event.ticketId(), JsonCodec.toJson(data))
                .update();
    }
}
