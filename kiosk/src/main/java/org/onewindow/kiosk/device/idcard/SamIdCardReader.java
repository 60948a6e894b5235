package org.onewindow.kiosk.device.idcard;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.serial.SerialLink;

/**
 * Reads cards with the SAM protocol: find (20 01), select (20 02), read text and photo (30 01).
 * Each step waits its own timeout; after a timeout the partial answer is thrown away and the
 * port drained, so a late answer cannot be taken for the next step's. An answer spoilt on the
 * line (wrong checksum) is asked for again at once, up to {@value #SPOILT_RETRIES} times, rather
 * than waited for until the step's timeout: one noisy byte would otherwise cost the citizen 3.5 s.
 */
public final class SamIdCardReader implements IdCardReader {

    private static final Logger log = LoggerFactory.getLogger(SamIdCardReader.class);
    static final int SPOILT_RETRIES = 2;

    private final SerialLink link;
    private final Duration stepTimeout;
    private final Duration readTimeout;
    private final SamFrameDecoder decoder = new SamFrameDecoder();
    private final byte[] buffer = new byte[2048];

    /** Timeouts seen in practice: about 500 ms for find/select, 3.5 s for the read. */
    public SamIdCardReader(SerialLink link) {
        this(link, Duration.ofMillis(500), Duration.ofMillis(3500));
    }

    public SamIdCardReader(SerialLink link, Duration stepTimeout, Duration readTimeout) {
        this.link = link;
        this.stepTimeout = stepTimeout;
        this.readTimeout = readTimeout;
    }

    /** The SAM module's own status (heartbeat): true when it answers 90. */
    public synchronized boolean samHealthy() throws IdCardReaderException {
        return exchange(SamFrame.SAM_STATUS, stepTimeout, "SAM status").status() == SamStatus.OK;
    }

    @Override
    public synchronized Optional<IdCard> read() throws IdCardReaderException, IdCardFormatException {
        SamResponse found = exchange(SamFrame.FIND_CARD, stepTimeout, "find card");
        if (found.status() == SamStatus.NO_CARD) {
            return Optional.empty();
        }
        expect(found, SamStatus.CARD_FOUND, "find card");
        SamResponse selected = exchange(SamFrame.SELECT_CARD, stepTimeout, "select card");
        if (selected.status() == SamStatus.SELECT_FAILED) {
            // The card was lifted between find and select: as if none was there.
            return Optional.empty();
        }
        expect(selected, SamStatus.OK, "select card");
        SamResponse read = exchange(SamFrame.READ_TEXT_AND_PHOTO, readTimeout, "read card");
        expect(read, SamStatus.OK, "read card");
        return Optional.of(card(read.data()));
    }

    private static IdCard card(byte[] data) throws IdCardReaderException, IdCardFormatException {
        if (data.length < 4) {
            throw new IdCardReaderException("read answer too short: " + data.length + " bytes");
        }
        int textLength = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
        int photoLength = ((data[2] & 0xFF) << 8) | (data[3] & 0xFF);
        if (textLength != IdCardText.SIZE || 4 + textLength + photoLength != data.length) {
            throw new IdCardReaderException("read answer lengths do not add up: text " + textLength + ", photo "
                    + photoLength + ", frame data " + data.length);
        }
        byte[] text = Arrays.copyOfRange(data, 4, 4 + textLength);
        CardPhoto photo = new CardPhoto(Arrays.copyOfRange(data, 4 + textLength, data.length));
        return IdCardText.parse(text, photo);
    }

    private static void expect(SamResponse response, SamStatus wanted, String step) throws IdCardReaderException {
        if (response.status() != wanted) {
            throw new IdCardReaderException(step + ": reader answered " + response.status() + " ("
                    + response.status().words() + ", SW3=" + Integer.toHexString(response.sw3()) + ")");
        }
    }

    private SamResponse exchange(byte[] request, Duration timeout, String step) throws IdCardReaderException {
        for (int attempt = 0; ; attempt++) {
            SamResponse response = exchangeOnce(request, timeout, step);
            if (response != null) {
                return response;
            }
            if (attempt == SPOILT_RETRIES) {
                throw new IdCardReaderException(step + ": answer spoilt on the line " + (attempt + 1) + " times in a row");
            }
            log.debug("{} on {}: answer spoilt on the line; asking again", step, link.name());
        }
    }

    /** The step's answer, or null when it came spoilt (the port is drained then, ready to ask again). */
    private SamResponse exchangeOnce(byte[] request, Duration timeout, String step) throws IdCardReaderException {
        try {
            decoder.reset();
            link.write(request);
            Instant deadline = Instant.now().plus(timeout);
            while (true) {
                Duration left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    link.discardInput();
                    decoder.reset();
                    throw new IdCardReaderException(step + ": no answer within " + timeout.toMillis() + " ms");
                }
                int n = link.read(buffer, 0, buffer.length, left);
                if (n > 0) {
                    List<SamResponse> responses = decoder.feed(buffer, 0, n);
                    decoder.drainProblems().forEach(p -> log.debug("{} on {}: {}", step, link.name(), p));
                    if (!responses.isEmpty()) {
                        return responses.get(0);
                    }
                    if (decoder.checksumMismatches() > 0) {
                        link.discardInput();
                        decoder.reset();
                        return null;
                    }
                }
            }
        } catch (IOException e) {
            throw new IdCardReaderException(step + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
