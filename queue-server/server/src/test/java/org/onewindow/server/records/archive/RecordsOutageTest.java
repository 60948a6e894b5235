package org.onewindow.server.records.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.onewindow.server.testsupport.RecordsOutageDrill;
import org.onewindow.server.testsupport.RecordsOutageServer;

/** The quick drill of a records database killed while the hall works (the long one is in the faults). */
class RecordsOutageTest extends RecordsOutageServer {

    @Test
    void aKilledDatabaseDelaysTheRecordsAndLosesNone() {
        RecordsOutageDrill.Figures figures = run(new RecordsOutageDrill(5, 20, 10));
        System.out.println("Records outage (quick): " + figures);
        assertThat(figures.slowestAnswerMillis()).as("the hall answers while the records wait").isLessThan(2_000);
    }
}
