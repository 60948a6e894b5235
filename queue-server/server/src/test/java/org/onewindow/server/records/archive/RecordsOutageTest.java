package org.onewindow.server.records.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
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

/** The quick drill of a records database killed while the hall works (the long one is in the faults). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordsOutageTest {

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
    void aKilledDatabaseDelaysTheRecordsAndLosesNone() {
        RecordsOutageDrill.Figures figures = new RecordsOutageDrill(5, 20, 10).run(new Http(port), redis, records, postgres);
        System.out.println("Records outage (quick): " + figures);
        assertThat(figures.slowestAnswerMillis()).as("the hall answers while the records wait").isLessThan(2_000);
    }
}
