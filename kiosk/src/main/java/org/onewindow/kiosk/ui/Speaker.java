package org.onewindow.kiosk.ui;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks prompts in elderly mode with espeak-ng's Mandarin voice. A new prompt cuts the one being
 * spoken; a kiosk without espeak-ng stays silent and says so once in its log.
 */
public final class Speaker {

    private static final Logger log = LoggerFactory.getLogger(Speaker.class);

    private final boolean enabled;
    private final AtomicReference<Process> speaking = new AtomicReference<>();
    private volatile boolean warned;

    public Speaker(boolean enabled) {
        this.enabled = enabled;
    }

    public void say(String text, boolean english) {
        if (!enabled || text == null || text.isBlank()) {
            return;
        }
        Process previous = speaking.get();
        if (previous != null) {
            previous.destroy();
        }
        try {
            speaking.set(new ProcessBuilder("espeak-ng", "-v", english ? "en" : "cmn-latn-pinyin", "-s", "150", text)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            if (!warned) {
                warned = true;
                log.warn("Spoken prompts are off: espeak-ng cannot be started ({})", e.getMessage());
            }
        }
    }
}
