package org.onewindow.kiosk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The kiosk's words in one language (texts_zh / texts_en). */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.onewindow.kiosk.ui.texts", locale);
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The text of {@code key}, with {0}, {1}... filled in; the key itself when missing. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
