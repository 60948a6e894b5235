package org.onewindow.server.records.archive;

import org.onewindow.server.queue.StoredTicket;

/** A ticket's status as the records name it: the scripts' DONE is the records' FINISHED (V1 column comment). */
public final class RecordedStatus {

    static final String FINISHED = "FINISHED";

    private RecordedStatus() {
    }

    public static String of(String scriptStatus) {
        return StoredTicket.DONE.equals(scriptStatus) ? FINISHED : scriptStatus;
    }
}
