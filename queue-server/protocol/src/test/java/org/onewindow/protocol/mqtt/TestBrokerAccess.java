package org.onewindow.protocol.mqtt;

/** The package's test broker, for tests of other protocol packages. */
public final class TestBrokerAccess implements AutoCloseable {

    private final TestBroker broker = new TestBroker();

    public String uri() {
        return broker.uri();
    }

    @Override
    public void close() {
        broker.close();
    }
}
