package org.onewindow.server.messaging.gate;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.ReferenceCountUtil;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.server.error.LogSafe;

/**
 * One client's connection through the gate. Its first packet must be a CONNECT the
 * {@link Admission} admits; that opens a connection to the broker, which gets the CONNECT with the
 * password the admission gives. A second CONNECT, an AUTH, a malformed packet or a shared
 * subscription the account may not read ends the connection; everything else is passed on as is.
 * So does the admission's refusal of the same CONNECT later ({@link BrokerGate#RECHECK}): the
 * account was disabled or its password changed while it was connected.
 */
final class GateConnection extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(GateConnection.class);

    private final Admission admission;
    private final InetSocketAddress broker;
    private ConnectPacket connect;
    private Channel upstream;
    /** Packets that came while the broker's connection was being made. */
    private final List<ByteBuf> early = new ArrayList<>();

    GateConnection(Admission admission, InetSocketAddress broker) {
        this.admission = admission;
        this.broker = broker;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf packet = (ByteBuf) msg;
        try {
            if (connect == null) {
                admit(ctx, packet);
                ReferenceCountUtil.release(packet);
                return;
            }
            int type = MqttWire.typeOf(packet);
            if (type == MqttWire.CONNECT || type == MqttWire.AUTH) {
                refuse(ctx, packet, type == MqttWire.CONNECT ? "sent a second CONNECT" : "sent an AUTH packet");
                return;
            }
            if (type == MqttWire.SUBSCRIBE) {
                String forbidden = forbiddenSharedFilter(SubscribePacket.filters(packet, connect.protocolLevel));
                if (forbidden != null) {
                    refuse(ctx, packet, "asked for the shared subscription " + LogSafe.of(forbidden) + ", which it may not read");
                    return;
                }
            }
            forward(ctx, packet);
        } catch (MalformedPacketException e) {
            refuse(ctx, packet, "sent a malformed packet (" + e.getMessage() + ")");
        }
    }

    private void admit(ChannelHandlerContext ctx, ByteBuf packet) {
        if (MqttWire.typeOf(packet) != MqttWire.CONNECT) {
            throw new MalformedPacketException("a first packet other than CONNECT");
        }
        ConnectPacket c = ConnectPacket.read(packet);
        GateVerdict verdict = admission.judge(c.clientId, c.username, c.password, c.willTopic);
        if (verdict != GateVerdict.ADMITTED) {
            log.warn("Refused MQTT client {} from {}: {}", LogSafe.of(c.username), remote(ctx),
                    verdict == GateVerdict.BAD_CREDENTIALS ? "unknown account or wrong password"
                            : "a last-will on " + LogSafe.of(c.willTopic) + ", which it may not publish on");
            ctx.writeAndFlush(c.refusal(ctx.alloc(), verdict)).addListener(ChannelFutureListener.CLOSE);
            connect = c; // anything after the refusal is dropped with the connection
            ctx.channel().config().setAutoRead(false);
            return;
        }
        connect = c;
        Channel client = ctx.channel();
        client.config().setAutoRead(false);
        ChannelFuture opened = new Bootstrap().group(client.eventLoop()).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .handler(new Relay(client))
                .connect(broker);
        upstream = opened.channel();
        ByteBuf toBroker = c.withPassword(ctx.alloc(), admission.brokerPassword(c.username, c.password));
        opened.addListener((ChannelFutureListener) f -> {
            if (f.isSuccess() && client.isActive()) {
                upstream.write(toBroker);
                early.forEach(upstream::write);
                early.clear();
                upstream.flush();
                client.config().setAutoRead(true);
                return;
            }
            if (!f.isSuccess() && client.isActive()) {
                log.warn("The embedded broker behind the gate took no connection: {}", f.cause().toString());
            }
            // No session is left on the broker for a client that has gone meanwhile.
            f.channel().close();
            ReferenceCountUtil.release(toBroker);
            early.forEach(ReferenceCountUtil::release);
            early.clear();
            client.close();
        });
    }

    private String forbiddenSharedFilter(List<String> filters) {
        for (String filter : filters) {
            if (SubscribePacket.isShared(filter)) {
                String shared = SubscribePacket.sharedFilter(filter);
                if (shared == null || !admission.mayRead(connect.username, shared)) {
                    return filter;
                }
            }
        }
        return null;
    }

    private void forward(ChannelHandlerContext ctx, ByteBuf packet) {
        if (upstream == null) {
            ReferenceCountUtil.release(packet); // the client was refused; its connection is closing
            return;
        }
        if (!upstream.isActive()) {
            early.add(packet);
            return;
        }
        upstream.write(packet);
        if (!upstream.isWritable()) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    private void refuse(ChannelHandlerContext ctx, ByteBuf packet, String what) {
        ReferenceCountUtil.release(packet);
        log.warn("Disconnected MQTT client {} from {}: it {}", connect == null ? "before CONNECT" : LogSafe.of(connect.username),
                remote(ctx), what);
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event != BrokerGate.RECHECK) {
            super.userEventTriggered(ctx, event);
            return;
        }
        if (upstream == null) {
            return; // not connected yet, or refused and closing
        }
        if (admission.judge(connect.clientId, connect.username, connect.password, connect.willTopic) != GateVerdict.ADMITTED) {
            log.info("Disconnected MQTT client {} from {}: its account no longer lets it in (disabled, or its token replaced)",
                    LogSafe.of(connect.username), remote(ctx));
            ctx.close();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (upstream != null && upstream.isActive()) {
            upstream.flush();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && upstream != null) {
            upstream.config().setAutoRead(true);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        early.forEach(ReferenceCountUtil::release);
        early.clear();
        if (upstream != null && upstream.isActive()) {
            Relay.closeAfterFlush(upstream);
        } else if (upstream != null) {
            upstream.close(); // still connecting: no broker session is left behind
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable why = cause.getCause() instanceof MalformedPacketException m ? m : cause;
        if (why instanceof MalformedPacketException) {
            log.warn("Disconnected MQTT client {} from {}: it sent a malformed packet ({})",
                    connect == null ? "before CONNECT" : LogSafe.of(connect.username), remote(ctx), why.getMessage());
        } else {
            log.debug("MQTT client connection failed: {}", why.toString());
        }
        ctx.close();
    }

    private static String remote(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress a ? a.getAddress().getHostAddress() : "?";
    }
}
