package org.onewindow.display.ui;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/** The display's words in Chinese or English, from texts_zh/texts_en.properties. */
public final class DisplayTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    public DisplayTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.onewindow.display.ui.texts", locale);
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** A window as the hall says it: "5号窗口", "Window 5". */
    public String windowName(String windowNo) {
        return english() ? get("window.suffix") + " " + windowNo : windowNo + get("window.suffix");
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A predicted wait as people say it: whole minutes up to 10, then rounded to 5 minutes, then
     * hours and minutes; it is an estimate and should not look more exact than it is.
     */
    public String waitTime(long seconds) {
        long minutes = Math.max(1, Math.round(seconds / 60.0));
        if (minutes > 10) {
            minutes = Math.round(minutes / 5.0) * 5;
        }
        if (minutes < 60) {
            return get("wait.minutes", Long.toString(minutes));
        }
        Duration d = Duration.ofMinutes(minutes);
        return d.toMinutesPart() == 0 ? get("wait.whole-hours", Long.toString(d.toHours()))
                : get("wait.hours", Long.toString(d.toHours()), Long.toString(d.toMinutesPart()));
    }
}
