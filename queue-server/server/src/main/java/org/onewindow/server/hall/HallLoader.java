package org.onewindow.server.hall;

import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a hall file (YAML, kebab-case keys) into a {@link Hall} and checks it. Unknown keys are
 * errors, so a typo is caught at start-up rather than silently ignored. Every problem is
 * reported as {@code file:line:column path: what is wrong}.
 */
public final class HallLoader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Optional numbers may be left out (they mean 0); the checks reject the ones that may not be 0.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private HallLoader() {
    }

    /** Parses and checks a hall of a deployment that names no brokers: the hall may name none. */
    public static Hall load(String fileName, String yaml) {
        return load(fileName, yaml, Set.of());
    }

    /**
     * Parses and checks a hall.
     *
     * @param fileName  how to name the file in messages, e.g. {@code halls/linxia.yml}
     * @param yaml      the file's text
     * @param brokers   the brokers configured by name, one of which the hall's {@code broker} must be
     */
    public static Hall load(String fileName, String yaml, Set<String> brokers) {
        Hall hall;
        try {
            hall = MAPPER.readValue(new WholeCharacterReader(yaml), Hall.class);
        } catch (JacksonException e) {
            String place = e.getLocation() == null ? "1:1" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            String path = HallPaths.of(e.getPath());
            throw new HallConfigurationException(fileName + ":" + place + " " + (path.isEmpty() ? "" : path + ": ")
                    + firstLine(e.getOriginalMessage()), e);
        }
        if (hall == null) {
            throw new HallConfigurationException(fileName + ":1:1 the file is empty");
        }
        List<HallValidator.Problem> problems = HallValidator.check(hall, brokers);
        if (!problems.isEmpty()) {
            YamlPlaces places = new YamlPlaces(MAPPER, yaml);
            StringBuilder message = new StringBuilder(problems.size() == 1 ? "" : problems.size() + " problems in " + fileName + ":\n");
            for (HallValidator.Problem p : problems) {
                message.append(fileName).append(':').append(places.of(p.path())).append(' ')
                        .append(p.path()).append(": ").append(p.message()).append('\n');
            }
            throw new HallConfigurationException(message.toString().strip());
        }
        return hall;
    }

    private static String firstLine(String message) {
        String text = message == null ? "cannot be read" : message;
        int newline = text.indexOf('\n');
        return newline > 0 ? text.substring(0, newline) : text;
    }
}
