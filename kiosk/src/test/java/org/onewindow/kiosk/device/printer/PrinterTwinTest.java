package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.device.serial.InMemoryLink;

/** The twin must tell status queries from raster data that happens to contain the same bytes. */
class PrinterTwinTest {

    private final InMemoryLink[] link = InMemoryLink.pair("printer");
    private final PrinterTwin twin = new PrinterTwin(link[1]);

    @AfterEach
    void close() {
        twin.close();
    }

    @Test
    void rasterDataThatLooksLikeAStatusQueryIsPrintedNotAnswered() throws Exception {
        byte[] stream = new EscPosWriter().initialise()
                .raster(new BitImage(3, 2, new byte[] {0x10, 0x04, 0x04, 0x1D, 0x76, 0x30})).line("A012").toBytes();

        link[0].write(stream);

        await().atMost(Duration.ofSeconds(5)).until(() -> twin.printed().length == stream.length);
        assertThat(twin.printed()).isEqualTo(stream);
        assertThat(link[0].read(new byte[1], 0, 1, Duration.ofMillis(200))).as("no answer").isZero();
    }

    @Test
    void eachQueryGetsItsOwnAnswerAndIsLeftOutOfThePaper() throws Exception {
        twin.answer(1, PrinterTwin.OFFLINE);
        twin.answer(2, PrinterTwin.COVER_OPEN);
        twin.paper(PrinterTwin.PAPER_NEAR_END);

        link[0].write(new byte[] {0x41, 0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04, 0x42, 0x0A});

        assertThat(readReplies(3)).containsExactly(0x1A, 0x16, 0x1E);
        await().atMost(Duration.ofSeconds(5)).until(() -> twin.printed().length == 3);
        assertThat(twin.printed()).containsExactly(0x41, 0x42, 0x0A);
    }

    private byte[] readReplies(int count) throws Exception {
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        byte[] buffer = new byte[8];
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (replies.size() < count && System.nanoTime() < deadline) {
            replies.write(buffer, 0, link[0].read(buffer, 0, buffer.length, Duration.ofMillis(200)));
        }
        return replies.toByteArray();
    }
}
