package org.onewindow.server.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.protocol.json.JsonCodec;

/**
 * A provider's SMS API over HTTPS: one POST per message with the provider's key, the approved
 * template for the kind of notice and its parameters, and the message id as the request id (a
 * provider takes a repeated request id once). Anything but a 2xx answer is a failed send, tried
 * again from the event log; the number is in the body only, never in the address.
 */
final class HttpSmsGateway implements SmsGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final SmsSettings settings;

    HttpSmsGateway(SmsSettings settings) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new IllegalStateException("onewindow.sms.gateway=http needs onewindow.sms.url");
        }
        this.settings = settings;
    }

    @Override
    public void send(SmsMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", message.id());
        body.put("phone", message.mobile());
        body.put("templateId", "CALLED".equals(message.kind()) ? settings.templateCalled() : settings.templateNear());
        body.put("signName", settings.signName());
        body.put("params", message.params());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + settings.key())
                .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.toJson(body))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the SMS gateway did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + message, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the SMS gateway refused " + message + ": HTTP " + response.statusCode());
        }
    }
}
