package org.onewindow.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.onewindow.server.testsupport.RecordsOutageDrill;
import org.onewindow.server.testsupport.RecordsOutageServer;

/**
 * The records database's postmaster is killed (SIGKILL) while a busy hall issues and serves
 * hundreds of tickets; started again on the same data, it receives every record exactly once.
 */
@Tag("faults")
class RecordsOutageFaultTest extends RecordsOutageServer {

    @Test
    void everyRecordArrivesOnceAfterTheDatabaseWasKilledDuringABusyHour() {
        RecordsOutageDrill.Figures figures = run(new RecordsOutageDrill(50, 400, 150));
        System.out.println("Records outage (faults): " + figures);
        assertThat(figures.slowestAnswerMillis()).as("the hall answers while the records wait").isLessThan(2_000);
    }
}
