package org.onewindow.server.notice;

import java.util.regex.Pattern;

import org.onewindow.server.error.InvalidFieldException;

/** A mainland China mobile number: checked when given, masked wherever it is shown or logged. */
final class MobileNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumber() {
    }

    /** The number without spaces or dashes, or a refusal that says what a number looks like. */
    static String checked(String given) {
        String digits = given == null ? "" : given.replaceAll("[\\s-]", "");
        if (!MOBILE.matcher(digits).matches()) {
            throw new InvalidFieldException("mobile", "a mobile number has 11 digits and starts with 13–19");
        }
        return digits;
    }

    /** 138****5678: enough for its owner to recognise, nothing for anyone else. */
    static String masked(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return "***";
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
