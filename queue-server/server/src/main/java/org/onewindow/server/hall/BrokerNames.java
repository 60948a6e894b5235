package org.onewindow.server.hall;

import java.util.Set;

/**
 * The MQTT brokers the deployment configures by name, one of which a hall file's {@code broker:}
 * may name. The messaging feature, which owns the brokers' settings, provides it; the hall's
 * description only checks the names, so that a wrong one stops the start at its line.
 */
@FunctionalInterface
public interface BrokerNames {

    Set<String> names();
}
