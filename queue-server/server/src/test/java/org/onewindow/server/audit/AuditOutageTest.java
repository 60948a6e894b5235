package org.onewindow.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;


import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.RecordsOutageServer;

/**
 * The records database is killed: sign-ins still answer at once, their entries wait in Redis, and
 * once the database is back each arrives in the records exactly once.
 */
class AuditOutageTest extends RecordsOutageServer {

    private static final int SIGN_INS = 12;

    @Test
    void signInsAnswerWhileTheDatabaseIsAwayAndTheirEntriesArriveOnceItIsBack() {
        Http http = new Http(port);
        assertThat(http.signIn("manager", "demo-manager").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> waiting() == 0 && signIns() >= 1);
        long before = signIns();

        postgres.kill();
        long slowest = 0;
        for (int i = 0; i < SIGN_INS; i++) {
            long start = System.nanoTime();
            assertThat(http.signIn("manager", "demo-manager").status()).isEqualTo(200);
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(http.signIn("manager", "not-the-password").status()).isEqualTo(401);
        assertThat(slowest).as("a sign-in does not wait for the records").isLessThan(2_000);
        assertThat(http.get("/api/audit", Http.basic("manager", "demo-manager")).status())
                .as("the trail cannot be read meanwhile").isEqualTo(503);
        assertThat(waiting()).as("the entries wait in Redis").isGreaterThanOrEqualTo(SIGN_INS + 1);

        postgres.restart();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> waiting() == 0 && signIns() == before + SIGN_INS);
        assertThat(records.sql("select count(*) - count(distinct source_id) from audit_record").query(Long.class).single())
                .isZero();
        assertThat(records.sql("select count(*) from audit_record where action = 'sign-in-refused'").query(Long.class).single())
                .isEqualTo(1);
    }

    private long signIns() {
        try {
            return records.sql("select count(*) from audit_record where action = 'console-sign-in'").query(Long.class).single();
        } catch (RuntimeException away) {
            return -1;
        }
    }

    private long waiting() {
        return redis.xlen(AuditStream.KEY);
    }

}
