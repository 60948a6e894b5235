package org.onewindow.protocol.json;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes and decodes protocol records as UTF-8 JSON.
 *
 * <p>Unknown fields are ignored so that an old device keeps working when the server adds a
 * field; a missing field becomes null (or zero). Times are ISO-8601 strings. Anything that is not
 * valid JSON of the expected shape raises {@link MalformedPayloadException}, never a Jackson type.
 */
public final class JsonCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private JsonCodec() {
    }

    /** JSON text of a record. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    /** UTF-8 bytes of a record's JSON, for an MQTT payload. */
    public static byte[] toBytes(Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a record from JSON text. */
    public static <T> T fromJson(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedPayloadException(type.getSimpleName() + ": empty payload");
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new MalformedPayloadException(type.getSimpleName() + ": payload is null");
            }
            return value;
        } catch (JacksonException e) {
            throw new MalformedPayloadException(type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a record from UTF-8 bytes, for an MQTT payload. */
    public static <T> T fromBytes(byte[] payload, Class<T> type) {
        if (payload == null) {
            throw new MalformedPayloadException(type.getSimpleName() + ": no payload");
        }
        return fromJson(new String(payload, StandardCharsets.UTF_8), type);
    }
}
