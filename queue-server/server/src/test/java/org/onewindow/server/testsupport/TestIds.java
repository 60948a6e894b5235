package org.onewindow.server.testsupport;

import org.onewindow.protocol.identity.CitizenIdNumber;
import org.onewindow.protocol.rest.Identity;

/** Valid resident ID numbers for tests, made with the real check character. */
public final class TestIds {

    private TestIds() {
    }

    /** A valid number of someone born on {@code yyyyMMdd}, told apart by {@code seq} (0-999). */
    public static String resident(String birthDate, int seq) {
        String first17 = "110105" + birthDate + String.format("%03d", seq);
        return first17 + CitizenIdNumber.checkCharacter(first17);
    }

    public static Identity person(String birthDate, int seq, String name) {
        return new Identity(resident(birthDate, seq), name);
    }
}
