package org.onewindow.server.records;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.QueueServerApplication;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.cases.CaseService;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.server.ticket.TicketService;

/**
 * A whole running server at the test hall, real Redis and PostgreSQL, whose one clock the test
 * moves through {@link SimulatedDays}; the hall's hourly release is the test's to run.
 */
// The clock is named among the classes: a nested configuration is found for the test class itself
// only, not for the classes that extend it.
@SpringBootTest(classes = {QueueServerApplication.class, SimulatedHallServer.HallTime.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SimulatedHallServer {

    /** Starts at 08:00 of 1 October 2026 in the hall; each test moves it on to the days it works. */
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-10-01T00:00:00Z"));

    @TestConfiguration(proxyBeanMethods = false)
    static class HallTime {
        @Bean
        @Primary
        Clock movedByTheTest() {
            return CLOCK;
        }
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;
    @Autowired
    TicketService tickets;
    @Autowired
    CallingService calling;
    @Autowired
    CaseService cases;
    @Autowired
    RatingService ratings;
    @Autowired
    UnifiedJedis redis;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HallLeases leases;
    @Autowired
    LiveDayRelease release;

    /** The hall's days, once this instance holds the hall's lease (the release runs only there). */
    SimulatedDays days() {
        await().atMost(Duration.ofSeconds(30)).until(() -> leases.holds(SimulatedDays.HALL));
        return new SimulatedDays(CLOCK, tickets, calling, cases, ratings, redis, jdbc);
    }
}
