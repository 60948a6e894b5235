package org.onewindow.server.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.server.hall.HallDirectory;

/**
 * The phone pages of remote tickets, beside the ticket page {@code /t/{hall}/{code}}: where one is
 * taken ({@code /t/{hall}/take}, which a QR code at the hall's door or on its website carries) and
 * where the entrance screen's code leads ({@code /t/{hall}/arrive}). Both are static; their scripts
 * read and post the API.
 */
@RestController
class RemotePages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String TAKE = read("phone/take.html");
    private static final String ARRIVE = read("phone/arrive.html");

    private final HallDirectory halls;

    RemotePages(HallDirectory halls) {
        this.halls = halls;
    }

    @GetMapping(path = "/t/{hall}/take", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> take(@PathVariable("hall") String hall) {
        halls.get(hall);
        return page(TAKE);
    }

    @GetMapping(path = "/t/{hall}/arrive", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> arrive(@PathVariable("hall") String hall) {
        halls.get(hall);
        return page(ARRIVE);
    }

    private static ResponseEntity<String> page(String body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(HTML).body(body);
    }

    private static String read(String resource) {
        try (InputStream in = RemotePages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
