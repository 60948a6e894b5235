package org.onewindow.server.calling;

import org.onewindow.server.queue.StoredTicket;

/** What must exist before a window's finish is answered (see {@link FinishRecords}). */
public interface AfterFinish {

    /** Nothing: the queue core alone, as the queue rules' tests use it. */
    AfterFinish NOTHING = (hallId, windowNo, actor, finished) -> { };

    void finished(String hallId, String windowNo, String actor, StoredTicket finished);
}
