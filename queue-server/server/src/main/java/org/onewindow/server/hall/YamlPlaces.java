package org.onewindow.server.hall;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each field of a YAML document stands (line:column), so that a check made after
 * parsing can still point at the line to fix.
 */
final class YamlPlaces {

    private final Map<String, String> places = new HashMap<>();

    YamlPlaces(YAMLMapper mapper, String yaml) {
        try (JsonParser parser = mapper.createParser(new WholeCharacterReader(yaml))) {
            while (parser.nextToken() != null) {
                String path = HallPaths.ofPointer(parser.streamReadContext().pathAsPointer().toString());
                TokenStreamLocation at = parser.currentTokenLocation();
                places.putIfAbsent(path, at.getLineNr() + ":" + at.getColumnNr());
            }
        } catch (RuntimeException e) {
            // A document the mapper could not read was already reported with its own place.
        }
    }

    /** line:column of a path like {@code areas[2].prefix}, or of its nearest parent that has one. */
    String of(String path) {
        String p = path;
        while (!p.isEmpty()) {
            String place = places.get(p);
            if (place != null) {
                return place;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut > 0 ? p.substring(0, cut) : "";
        }
        return "1:1";
    }
}
