package org.onewindow.server.database;

import java.nio.file.Path;

/**
 * A server's embedded database in a process of its own, for a test to kill: it starts the
 * database on the directory given, writes the text given, prints "ready" and waits to be killed.
 */
public final class LeftoverDatabaseMain {

    private LeftoverDatabaseMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedRecordsDatabase db = EmbeddedRecordsDatabase.start(0, Path.of(args[0]));
        EmbeddedRecordsDatabaseTest.write(db, "create table kept (what text)", "insert into kept values ('" + args[1] + "')");
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
