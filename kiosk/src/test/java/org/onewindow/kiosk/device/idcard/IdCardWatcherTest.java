package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The watcher's rules, poll by poll: no thread, no timing. */
class IdCardWatcherTest {

    /** A reader whose next answers are scripted: a card, no card, or a failure. */
    private static final class ScriptedReader implements IdCardReader {
        private final SimulatedIdCardReader card = new SimulatedIdCardReader();
        private String failure;

        @Override
        public Optional<IdCard> read() throws IdCardReaderException {
            if (failure != null) {
                throw new IdCardReaderException(failure);
            }
            return card.read();
        }

        @Override
        public void close() {
        }
    }

    private static final class Heard implements IdCardWatcher.Listener {
        final List<String> events = new ArrayList<>();

        @Override
        public void cardRead(IdCard card) {
            events.add("read " + card.name());
        }

        @Override
        public void cardLifted() {
            events.add("lifted");
        }

        @Override
        public void cardRejected(String reason) {
            events.add("rejected");
        }

        @Override
        public void readerFault(String fault) {
            events.add(fault.isEmpty() ? "ok" : "fault " + fault);
        }
    }

    private final ScriptedReader reader = new ScriptedReader();
    private final Heard heard = new Heard();
    private final IdCardWatcher watcher = IdCardWatcher.unstarted(reader, heard);

    private void polls(int times) {
        for (int i = 0; i < times; i++) {
            watcher.pollOnce();
        }
    }

    @Test
    void eachPresentationIsReportedOnceAndTheLiftToo() {
        polls(2);
        reader.card.present(SampleCards.ADULT);
        polls(5);
        reader.card.remove();
        polls(2);
        reader.card.present(SampleCards.ADULT);
        polls(1);

        assertThat(heard.events).containsExactly("read 李明", "lifted", "read 李明");
    }

    @Test
    void anotherCardLaidInThePlaceOfTheFirstIsReadAtOnce() {
        reader.card.present(SampleCards.ADULT);
        polls(2);
        reader.card.present(SampleCards.ELDERLY);
        polls(2);

        assertThat(heard.events).containsExactly("read 李明", "read 张桂兰");
    }

    @Test
    void oneFailedPollIsNotAFaultButSeveralInARowAre() {
        reader.failure = "read card: answer spoilt on the line 3 times in a row";
        polls(IdCardWatcher.FAULT_AFTER - 1);
        reader.failure = null;
        polls(1);
        assertThat(heard.events).isEmpty();

        reader.failure = "find card: no answer within 500 ms";
        polls(IdCardWatcher.FAULT_AFTER + 2);
        reader.failure = null;
        polls(2);

        assertThat(heard.events).containsExactly("fault find card: no answer within 500 ms", "ok");
    }
}
