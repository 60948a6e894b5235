package org.onewindow.server.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /t/{hall}/{code}}: the short address new tickets' QR codes carry. The page itself is
 * static and reads the ticket from the API; an address that names no ticket gets a plain page
 * that says so (404, or 400 for a code of the wrong shape), which needs no script.
 */
@RestController
class PhonePage {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String PAGE = read("phone/page.html");
    private static final String MISSING = read("phone/missing.html");

    private final PhoneTracking tracking;

    PhonePage(PhoneTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping(path = "/t/{hall}/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable("hall") String hall, @PathVariable("code") String code) {
        HttpStatus status;
        switch (tracking.find(hall, code)) {
            case TICKET:
                status = HttpStatus.OK;
                break;
            case MALFORMED:
                status = HttpStatus.BAD_REQUEST;
                break;
            default:
                status = HttpStatus.NOT_FOUND;
        }
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(HTML)
                .body(status == HttpStatus.OK ? PAGE : MISSING);
    }

    private static String read(String resource) {
        try (InputStream in = PhonePage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
