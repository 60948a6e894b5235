package org.onewindow.server.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Which live instance should work a hall: the one with the highest hash of (hall, instance).
 * Every instance computes the same answer from the same live set, and when an instance comes or
 * goes only the halls it wins or held move (rendezvous hashing), so halls spread evenly.
 */
final class Rendezvous {

    private Rendezvous() {
    }

    static Optional<String> preferred(String hallId, Collection<String> liveInstances) {
        return liveInstances.stream().max(Comparator.comparingLong((String instance) -> weight(hallId, instance))
                .thenComparing(Comparator.naturalOrder()));
    }

    private static long weight(String hallId, String instanceId) {
        CRC32C crc = new CRC32C();
        crc.update((hallId + "\u0000" + instanceId).getBytes(StandardCharsets.UTF_8));
        // Spread the 32 bits: CRC alone clusters for similar inputs.
        long h = crc.getValue() * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
