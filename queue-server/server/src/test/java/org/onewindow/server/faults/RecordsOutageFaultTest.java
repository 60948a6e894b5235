package org.onewindow.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.clients.jedis.JedisPool;

import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.KillablePostgres;
import org.onewindow.server.testsupport.RecordsOutageDrill;

/**
 * The records database's postmaster is killed (SIGKILL) while a busy hall issues and serves
 * hundreds of tickets; started again on the same data, it receives every record exactly once.
 */
@Tag("faults")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordsOutageFaultTest {

    @TempDir
    static Path dataDir;

    @TempDir
    static Path postgresDir;

    static KillablePostgres postgres;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        postgres = KillablePostgres.start(postgresDir);
        RecordsOutageDrill.properties(registry, dataDir, postgres);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JedisPool redis;

    @Autowired
    JdbcClient records;

    @Test
    void everyRecordArrivesOnceAfterTheDatabaseWasKilledDuringABusyHour() {
        RecordsOutageDrill.Figures figures = new RecordsOutageDrill(50, 400, 150).run(new Http(port), redis, records, postgres);
        System.out.println("Records outage (faults): " + figures);
        assertThat(figures.slowestAnswerMillis()).as("the hall answers while the records wait").isLessThan(2_000);
    }
}
