package org.onewindow.server.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.onewindow.server.testsupport.TestPostgres;

/** An outage is waited out; an entry the database refuses is not mistaken for one. */
class DatabaseAwayTest {

    @Test
    void aDatabaseNobodyAnswersIsAway() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + closed + "/postgres", "postgres", ""));
        DataAccessException e = catchThrowableOfType(() -> jdbc.sql("select 1").query(Integer.class).single(), DataAccessException.class);
        assertThat(DatabaseAway.isAway(e)).as(e.toString()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestPostgres#servers")
    void aRefusedValueIsNotAnOutage(String server) {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(TestPostgres.freshDatabase(server), "postgres", ""));
        jdbc.sql("create table t (v text not null)").update();
        DataAccessException missing = catchThrowableOfType(() -> jdbc.sql("insert into t values (null)").update(), DataAccessException.class);
        DataAccessException wrong = catchThrowableOfType(() -> jdbc.sql("select cast('x' as date)").query(String.class).single(),
                DataAccessException.class);
        assertThat(DatabaseAway.isAway(missing)).as(missing.toString()).isFalse();
        assertThat(DatabaseAway.isAway(wrong)).as(wrong.toString()).isFalse();
    }
}
