package org.onewindow.server.messaging.gate;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;

/**
 * The devices' way in to a broker that checks less than the hall needs. Moquette 0.18.3 publishes
 * any last-will a client leaves and grants any shared subscription ({@code $share/…}) without
 * asking its authorizer; the gate refuses both before the broker sees them, and otherwise passes
 * every packet through unchanged, both ways. The broker listens on this machine only and lets in
 * devices only with the password the gate gives them, so there is no way round the gate.
 *
 * <p>The gate also knows every client's account and password for as long as it is connected, which
 * the broker behind it does not: {@link #recheckAdmissions()} ends the connections that would be
 * refused if they connected now, so taking a device's access away takes it off the broker at once.
 */
public final class BrokerGate implements AutoCloseable {

    /** What a client's connection is told when the accounts changed: ask the admission again. */
    static final Object RECHECK = new Object();

    private final EventLoopGroup loops;
    private final Channel listening;
    /** The clients' open connections; Netty takes each out of the group when it closes. */
    private final ChannelGroup clients;

    private BrokerGate(EventLoopGroup loops, Channel listening, ChannelGroup clients) {
        this.loops = loops;
        this.listening = listening;
        this.clients = clients;
    }

    /**
     * Listens on host:port (0 picks a free port) and connects each admitted client to the broker.
     *
     * @param maxPacketBytes the largest packet the broker takes; a longer one ends the connection
     */
    public static BrokerGate open(String host, int port, InetSocketAddress broker, Admission admission, int maxPacketBytes) {
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("mqtt-gate", true),
                NioIoHandler.newFactory());
        ChannelGroup clients = new DefaultChannelGroup("mqtt-gate-clients", GlobalEventExecutor.INSTANCE);
        try {
            Channel listening = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            clients.add(ch);
                            ch.pipeline().addLast(new MqttPacketSplitter(maxPacketBytes), new GateConnection(admission, broker));
                        }
                    })
                    .bind(host, port).sync().channel();
            return new BrokerGate(loops, listening, clients);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("interrupted while opening the MQTT gate on " + host + ":" + port, e);
        } catch (Exception e) { // Netty's sync() rethrows the bind's own BindException
            loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("cannot listen for MQTT clients on " + host + ":" + port, e);
        }
    }

    public int port() {
        return ((InetSocketAddress) listening.localAddress()).getPort();
    }

    /**
     * Asks the admission again about every open connection, with the account, password and
     * last-will it connected with, and ends each one it would refuse now: a device disabled, or
     * given a new token, since it connected. Returns at once; each connection is judged on its own
     * thread, in order with what passes through it.
     */
    public void recheckAdmissions() {
        clients.forEach(client -> client.pipeline().fireUserEventTriggered(RECHECK));
    }

    @Override
    public void close() {
        listening.close().syncUninterruptibly();
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
