package org.onewindow.server.state;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import org.onewindow.server.hall.HallDirectory;

/**
 * A hall's board and area queues as the JSON the REST API answers, read once for all the requests
 * that ask at the same moment ({@link SingleFlight}): every board and console of a hall polls the
 * same few answers, and each read is one script that Redis runs alone on its one thread. Rendered
 * once too, by the mapper the API's other answers use.
 */
@Component
class SharedHallReads {

    private final HallDirectory halls;
    private final HallStateQuery state;
    private final JsonMapper json;
    private final SingleFlight<String, byte[]> boards = new SingleFlight<>();
    private final SingleFlight<String, byte[]> areas = new SingleFlight<>();

    SharedHallReads(HallDirectory halls, HallStateQuery state, JsonMapper json) {
        this.halls = halls;
        this.state = state;
        this.json = json;
    }

    byte[] board(String hallId) {
        // An unknown hall is refused before it can become a key: only the hall files' halls are kept.
        String id = halls.get(hallId).id();
        return boards.get(id, () -> json.writeValueAsBytes(state.board(id)));
    }

    byte[] areaQueues(String hallId) {
        String id = halls.get(hallId).id();
        return areas.get(id, () -> json.writeValueAsBytes(state.areaQueues(id)));
    }
}
