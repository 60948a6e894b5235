package org.onewindow.display.voice;

/** Where announcements go: the hall's loudspeakers, a folder of WAV files, or both. */
public interface AudioOutput {

    /**
     * Plays a clip to the end before returning, so that announcements never overlap or cut each
     * other off.
     *
     * @param name what is played, e.g. "A012-5", for logs and file names
     */
    void play(String name, AudioClip clip) throws InterruptedException;

    /** The display's sound card. */
    static AudioOutput speaker() {
        return new SpeakerOutput();
    }

    /** Plays to this output, then to another. */
    default AudioOutput andThen(AudioOutput next) {
        return (name, clip) -> {
            play(name, clip);
            next.play(name, clip);
        };
    }
}
