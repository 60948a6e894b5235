package org.onewindow.server.audit;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.onewindow.server.redis.LuaScripts;

/**
 * Forgets the consumers of the audit group that hold nothing and have not read for a day
 * (audit_forget_consumers.lua): each start of an instance adds one under a new name, and the group
 * would list them for ever. Forgetting one that is alive after all costs nothing: it held no entry,
 * and its next read makes it again.
 */
@Component
class AuditConsumers {

    static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(AuditConsumers.class);

    private final LuaScripts scripts;

    AuditConsumers(LuaScripts scripts) {
        this.scripts = scripts;
    }

    @Scheduled(initialDelay = 600_000, fixedDelay = 3_600_000)
    void scheduled() {
        try {
            forgetIdle(FORGET_AFTER);
        } catch (RuntimeException e) {
            log.debug("The audit group's idle consumers were not looked at: {}", e.toString());
        }
    }

    /** Removes the consumers holding no entry that have been idle at least {@code idle}; returns how many. */
    long forgetIdle(Duration idle) {
        return (Long) scripts.run("audit_forget_consumers", List.of(AuditStream.KEY),
                List.of(AuditStream.GROUP, Long.toString(idle.toMillis())));
    }
}
