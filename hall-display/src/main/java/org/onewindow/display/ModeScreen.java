package org.onewindow.display;

import java.time.Clock;
import java.util.function.Consumer;

import javafx.scene.Parent;

import org.onewindow.display.board.BoardView;
import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.evaluator.EvaluatorView;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.display.window.WindowScreenView;
import org.onewindow.protocol.evaluator.EvaluatorClient;

/**
 * The screen of a display's mode, with what it does every second and with every new state. A new
 * kind of screen is one more case here.
 *
 * @param node   what the stage shows
 * @param tick   run every second on the FX thread: clocks, the end of highlights and of a rating's time
 * @param render run with every new state on the FX thread
 */
record ModeScreen(Parent node, Runnable tick, Consumer<DisplayState> render) {

    /**
     * @param evaluator the rating side, on an evaluator only
     */
    static ModeScreen of(DisplayConfig config, Clock clock, EvaluatorClient evaluator) {
        DisplayTexts texts = new DisplayTexts(config.locale());
        return switch (config.mode()) {
            case BOARD -> {
                BoardView board = new BoardView(config, texts, clock);
                yield new ModeScreen(board, board::tick, board::show);
            }
            case WINDOW -> {
                WindowScreenView window = new WindowScreenView(config, texts, clock);
                yield new ModeScreen(window, window::tick, window::show);
            }
            case EVALUATOR -> {
                EvaluatorView view = new EvaluatorView(config, texts, evaluator, clock);
                yield new ModeScreen(view, view::refresh, view::show);
            }
        };
    }
}
