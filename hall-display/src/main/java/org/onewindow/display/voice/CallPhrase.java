package org.onewindow.display.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is said for a call, "请 A012 号 到 5 号窗口办理", in characters (for engines that read
 * Chinese) and in tone-numbered pinyin (for espeak-ng's cmn-latn-pinyin voice, which reads pinyin
 * reliably where its character dictionary is thin). The ticket is read sign by sign, letters by
 * their names and digits one by one, so "A012" is never "A twelve"; the window is read as a number.
 *
 * @param text    the sentence in characters, as shown
 * @param pinyin  the same sentence in pinyin with tone numbers
 */
public record CallPhrase(String text, String pinyin) {

    public static CallPhrase of(String ticketNumber, String windowNo) {
        String ticket = ticketNumber.strip().toUpperCase(Locale.ROOT);
        String window = windowNo.strip();
        String text = "请 " + ticket + " 号 到 " + window + " 号窗口办理";
        List<String> words = new ArrayList<>();
        words.add("qing3");
        words.addAll(spelt(ticket));
        words.add("hao4,");
        words.add("dao4");
        words.addAll(readWindow(window));
        words.add("hao4 chuang1 kou3 ban4 li3.");
        return new CallPhrase(text, String.join(" ", words));
    }

    private static List<String> spelt(String signs) {
        List<String> words = new ArrayList<>();
        for (char c : signs.toCharArray()) {
            if (c >= '0' && c <= '9') {
                words.add(ChineseNumbers.digitPinyin(c));
            } else if (c >= 'A' && c <= 'Z') {
                // A capital letter on its own is read by its name by the pinyin voice.
                words.add(String.valueOf(c));
            }
            // Anything else (a dash, a stray sign) is not read.
        }
        return words;
    }

    private static List<String> readWindow(String window) {
        if (window.matches("\\d{1,4}")) {
            return List.of(ChineseNumbers.pinyin(Integer.parseInt(window)));
        }
        return spelt(window.toUpperCase(Locale.ROOT));
    }
}
