package org.onewindow.protocol.message;

import java.util.List;

/**
 * The five levels of 好差评, best first. The two dissatisfied levels need at least one reason.
 */
public enum RatingLevel {
    VERY_SATISFIED("非常满意", "Very satisfied"),
    SATISFIED("满意", "Satisfied"),
    BASIC("基本满意", "Fairly satisfied"),
    DISSATISFIED("不满意", "Dissatisfied"),
    VERY_DISSATISFIED("非常不满意", "Very dissatisfied");

    /** The reasons offered for a bad rating (codes; OTHER asks for words). */
    public static final List<String> REASONS = List.of("ATTITUDE", "LONG_WAIT", "SLOW", "UNCLEAR_NOTICE",
            "MORE_VISITS", "OTHER");

    private final String chinese;
    private final String english;

    RatingLevel(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** Whether the level is a bad rating: it needs a reason and becomes a follow-up for the manager. */
    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
