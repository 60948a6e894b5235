package org.onewindow.server.testsupport;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;

/**
 * Work after a change that fails for the tickets a test names, the way a wrong hall file or a broker
 * refusing the server's account would, until the test mends it. Added to a server under test with
 * {@code @Import(Breakdowns.Wiring.class)}, its effects run beside the real ones, so an entry is
 * tried, given up and parked by the real pipeline.
 */
public final class Breakdowns {

    /** {@code group|event type|ticket number} → why it fails. */
    private final Map<String, String> broken = new ConcurrentHashMap<>();

    /** From now on, the group's work after this kind of event of this ticket fails with this message. */
    public void breakFor(EffectGroup group, HallEventType type, String ticketNumber, String why) {
        broken.put(key(group, type, ticketNumber), why);
    }

    public void mend(EffectGroup group, HallEventType type, String ticketNumber) {
        broken.remove(key(group, type, ticketNumber));
    }

    private static String key(EffectGroup group, HallEventType type, String ticketNumber) {
        return group.groupName() + "|" + type + "|" + ticketNumber;
    }

    private HallEffect effect(EffectGroup group) {
        return new HallEffect() {
            @Override
            public EffectGroup group() {
                return group;
            }

            @Override
            public CompletableFuture<Void> apply(HallEvent event) {
                String why = broken.get(key(group, event.type(), event.ticketNumber()));
                if (why != null) {
                    throw new IllegalStateException(why);
                }
                return DONE;
            }
        };
    }

    /** The breakdowns and one failing effect in each group. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        Breakdowns breakdowns() {
            return new Breakdowns();
        }

        @Bean
        HallEffect brokenRecords(Breakdowns breakdowns) {
            return breakdowns.effect(EffectGroup.RECORDS);
        }

        @Bean
        HallEffect brokenDevices(Breakdowns breakdowns) {
            return breakdowns.effect(EffectGroup.DEVICES);
        }
    }
}
