package org.onewindow.server.redis;

import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onewindow.server.error.UnavailableException;

import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis's "not now": the states in which it refuses a command that would work a moment later. Each
 * becomes an {@link UnavailableException} with how long to wait, so that a device keeps its request
 * and sends it again instead of telling the citizen "refused". A script's own refusal
 * ({@code NOT_SIGNED_IN}, {@code WINDOW_BUSY}...) is not one of them.
 */
public enum TransientRedisState {

    /** Loading its data set after a restart, or as a replica after a full sync. */
    LOADING(Duration.ofSeconds(1), "is starting up"),
    /** A script or function runs past its time limit. */
    BUSY(Duration.ofSeconds(1), "is busy"),
    /** A snapshot failed, so writes are refused until one succeeds; Redis tries again every 5 s. */
    MISCONF(Duration.ofSeconds(5), "cannot save and accepts no changes"),
    /** A cluster is moving the keys of one request between nodes. */
    TRYAGAIN(Duration.ofSeconds(1), "is rebalancing"),
    CLUSTERDOWN(Duration.ofSeconds(2), "is failing over"),
    MASTERDOWN(Duration.ofSeconds(2), "is failing over"),
    /** Connected to a replica that was, until a failover a moment ago, the primary. */
    READONLY(Duration.ofSeconds(2), "is failing over"),
    NOREPLICAS(Duration.ofSeconds(2), "is failing over"),
    /** No connection: Redis is restarting or out of reach, or every pooled connection is in use. */
    UNREACHABLE(Duration.ofSeconds(1), "cannot be reached");

    /**
     * A state's code at the start of the error, or after the dash with which Redis 6 quotes a
     * command's error inside a script's ("ERR Error running script ...: -MISCONF ...").
     */
    private static final Pattern CODE = Pattern.compile(
            "(?:^|-)(LOADING|BUSY|MISCONF|TRYAGAIN|CLUSTERDOWN|MASTERDOWN|READONLY|NOREPLICAS)\\b");

    private final Duration retryAfter;
    private final String words;

    TransientRedisState(Duration retryAfter, String words) {
        this.retryAfter = retryAfter;
        this.words = words;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The state a failure (or any of its causes) shows Redis to be in, if it is a passing one. */
    public static Optional<TransientRedisState> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JedisConnectionException) {
                return Optional.of(UNREACHABLE);
            }
            if (t instanceof JedisDataException data && data.getMessage() != null) {
                Matcher m = CODE.matcher(data.getMessage());
                return m.find() ? Optional.of(valueOf(m.group(1))) : Optional.empty();
            }
            if (t instanceof JedisException && t.getCause() instanceof NoSuchElementException) {
                return Optional.of(UNREACHABLE); // the pool had no connection to lend within its wait
            }
        }
        return Optional.empty();
    }

    /** The failure as the clients are told it, when Redis is only passing through a state. */
    public static Optional<UnavailableException> unavailable(Throwable failure) {
        return of(failure).map(state -> new UnavailableException("the hall's data store " + state.words
                + "; try again in " + state.retryAfter.toSeconds() + " s", state.retryAfter, failure));
    }
}
