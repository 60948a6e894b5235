package org.onewindow.display.voice;

import java.util.Optional;

/** Turns a call into speech. Another engine (a vendor's Mandarin voice) plugs in here. */
public interface SpeechEngine {

    /** The spoken phrase, or empty when this engine cannot speak it now (the chime still plays). */
    Optional<AudioClip> speak(CallPhrase phrase);

    /** An engine that never speaks: the display stays silent apart from the chime. */
    SpeechEngine SILENT = phrase -> Optional.empty();

    /** espeak-ng with its Mandarin voice, when it is installed. */
    static Optional<SpeechEngine> espeak() {
        return EspeakSpeech.find();
    }
}
