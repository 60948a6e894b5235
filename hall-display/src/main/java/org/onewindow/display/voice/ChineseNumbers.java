package org.onewindow.display.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers as they are said in Mandarin, in characters and in tone-numbered pinyin: a window
 * number is read as a number (12 → 十二 shi2 er4), a ticket's digits one by one (012 → 零一二).
 */
final class ChineseNumbers {

    private static final String[] DIGIT_HANZI = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] DIGIT_PINYIN = {"ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3"};
    private static final String[] UNIT_HANZI = {"", "十", "百", "千"};
    private static final String[] UNIT_PINYIN = {"", "shi2", "bai3", "qian1"};

    /** The largest number read as a number; longer ones are read digit by digit. */
    static final int MAX = 9999;

    private ChineseNumbers() {
    }

    static String digitHanzi(char digit) {
        return DIGIT_HANZI[digit - '0'];
    }

    static String digitPinyin(char digit) {
        return DIGIT_PINYIN[digit - '0'];
    }

    /** 205 → 二百零五. */
    static String hanzi(int n) {
        return String.join("", words(n, DIGIT_HANZI, UNIT_HANZI));
    }

    /** 205 → er4 bai3 ling2 wu3. */
    static String pinyin(int n) {
        return String.join(" ", words(n, DIGIT_PINYIN, UNIT_PINYIN));
    }

    private static List<String> words(int n, String[] digits, String[] units) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("only 0 to " + MAX + " are read as numbers: " + n);
        }
        if (n == 0) {
            return List.of(digits[0]);
        }
        String s = Integer.toString(n);
        List<String> words = new ArrayList<>();
        boolean pendingZero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                pendingZero = !words.isEmpty();
                continue;
            }
            if (pendingZero) {
                words.add(digits[0]);
                pendingZero = false;
            }
            // 10-19 are 十, 十一...; inside a larger number the one is said: 一百一十.
            boolean leadingTen = unit == 1 && d == 1 && i == 0;
            if (!leadingTen) {
                words.add(digits[d]);
            }
            if (unit > 0) {
                words.add(units[unit]);
            }
        }
        return words;
    }
}
