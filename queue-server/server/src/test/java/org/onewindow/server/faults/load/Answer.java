package org.onewindow.server.faults.load;

/**
 * What a load client finally got for a request it may have sent several times.
 *
 * @param status     the last answer's HTTP status; 0 when no instance answered in time
 * @param body       its body
 * @param ambiguous  an earlier try may have been carried out: its connection broke, or it was answered 503
 * @param port       the instance that answered last
 */
record Answer(int status, String body, boolean ambiguous, int port) {

    boolean is(int expected) {
        return status == expected;
    }

    boolean hasCode(String code) {
        return body != null && body.contains("\"code\":\"" + code + "\"");
    }
}
