package org.onewindow.display;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.config.DisplayMode;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.feed.HallFeed;
import org.onewindow.display.voice.Announcer;
import org.onewindow.protocol.message.CallAnnouncement;

/**
 * The calls a display speaks, handed from the feed to its announcer: the main board speaks every
 * call, a window's own screen only the calls to its window. An evaluator speaks none. A silent
 * call (无声叫号) is shown on the board like any other and spoken by none.
 */
final class SpokenCalls implements HallFeed.Listener {

    private final DisplayConfig config;
    private final Announcer announcer;

    SpokenCalls(DisplayConfig config, Announcer announcer) {
        this.config = config;
        this.announcer = announcer;
    }

    @Override
    public void stateChanged(DisplayState state) {
        // Rendering happens on the FX thread once a screen is up.
    }

    @Override
    public void called(CallAnnouncement call) {
        if (call.silent() || config.mode() == DisplayMode.WINDOW && !config.windowNo().equals(call.windowNo())) {
            return;
        }
        announcer.announce(call.ticketNumber(), call.windowNo(), call.at());
    }
}
