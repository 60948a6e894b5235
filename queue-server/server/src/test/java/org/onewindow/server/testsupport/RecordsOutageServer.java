package org.onewindow.server.testsupport;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.clients.jedis.UnifiedJedis;

/**
 * A whole server whose records go to a PostgreSQL the test started itself and may kill
 * ({@link KillablePostgres}); its tests run a {@link RecordsOutageDrill} of their size, or an
 * outage of their own. Each test class gets a server and a database of its own: the database is
 * stopped when the class is done, so a server cached for the next class would have none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class RecordsOutageServer {

    @TempDir
    static Path dataDir;

    @TempDir
    static Path postgresDir;

    protected static KillablePostgres postgres;

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
    protected int port;

    @Autowired
    protected UnifiedJedis redis;

    @Autowired
    protected JdbcClient records;

    /** Runs the drill on this server and its database. */
    protected RecordsOutageDrill.Figures run(RecordsOutageDrill drill) {
        return drill.run(new Http(port), redis, records, postgres);
    }
}
