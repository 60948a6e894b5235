package org.onewindow.server.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the records are kept.
 *
 * @param url       JDBC address of the installation's PostgreSQL, e.g.
 *                  {@code jdbc:postgresql://db.internal:5432/onewindow}; empty starts an embedded one
 * @param username  account on that database
 * @param password  its password, empty for none (trust or a client certificate)
 * @param embeddedPort port of the embedded PostgreSQL on 127.0.0.1 (0 picks a free port at each start)
 * @param dataDir   where the embedded PostgreSQL keeps its files
 * @param poolSize  connections in the pool
 */
@ConfigurationProperties("onewindow.records")
public record RecordsSettings(
        String url,
        String username,
        String password,
        int embeddedPort,
        String dataDir,
        int poolSize) {

    /** Whether the server starts a PostgreSQL of its own. */
    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
