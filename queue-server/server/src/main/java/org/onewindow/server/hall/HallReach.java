package org.onewindow.server.hall;

import java.security.Principal;

/**
 * Which halls whoever asks may see and act in: a member of staff, those of their account's scope;
 * a device or a citizen, every hall as far as this goes (their own rules limit them elsewhere).
 * Kept here so that features which list or read several halls can ask without knowing accounts.
 */
public interface HallReach {

    boolean reaches(Principal who, Hall hall);

    /** Whether nothing limits who asks to some halls: every hall, those added later included. */
    boolean everywhere(Principal who);
}
