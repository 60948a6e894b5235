package org.onewindow.display.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mandarin speech from espeak-ng's {@code cmn-latn-pinyin} voice, run as a process that writes a
 * WAV file. Found on the path at start; a display without it speaks nothing and says so once.
 */
final class EspeakSpeech implements SpeechEngine {

    private static final Logger log = LoggerFactory.getLogger(EspeakSpeech.class);
    private static final String VOICE = "cmn-latn-pinyin";
    /** Words per minute: slower than espeak's 175, as halls are echoing and citizens are old and young. */
    private static final int SPEED = 140;
    private static final long TIMEOUT_SECONDS = 10;

    private final String command;

    private EspeakSpeech(String command) {
        this.command = command;
    }

    /** espeak-ng with its Mandarin voice, when it is installed. */
    static Optional<SpeechEngine> find() {
        try {
            Process p = new ProcessBuilder("espeak-ng", "--voices=cmn").redirectErrorStream(true).start();
            String voices = new String(p.getInputStream().readAllBytes());
            if (p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0 && voices.contains(VOICE)) {
                return Optional.of(new EspeakSpeech("espeak-ng"));
            }
            log.warn("Calls are not spoken: espeak-ng has no {} voice", VOICE);
        } catch (IOException e) {
            log.warn("Calls are not spoken: espeak-ng is not installed ({})", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** The command line for a phrase, e.g. to hear it by hand. */
    List<String> commandLine(CallPhrase phrase, Path wav) {
        return List.of(command, "-v", VOICE, "-s", Integer.toString(SPEED), "-w", wav.toString(), phrase.pinyin());
    }

    @Override
    public Optional<AudioClip> speak(CallPhrase phrase) {
        Path wav = null;
        try {
            wav = Files.createTempFile("call-", ".wav");
            Process p = new ProcessBuilder(commandLine(phrase, wav)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                log.warn("espeak-ng took over {} s for \"{}\"; announced with the chime only", TIMEOUT_SECONDS, phrase.text());
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                log.warn("espeak-ng failed ({}) for \"{}\"; announced with the chime only", p.exitValue(), phrase.text());
                return Optional.empty();
            }
            return Optional.of(AudioClip.readWav(wav));
        } catch (IOException e) {
            log.warn("espeak-ng could not speak \"{}\": {}", phrase.text(), e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (wav != null) {
                try {
                    Files.deleteIfExists(wav);
                } catch (IOException ignored) {
                    // A temp file left behind is removed by the system.
                }
            }
        }
    }
}
