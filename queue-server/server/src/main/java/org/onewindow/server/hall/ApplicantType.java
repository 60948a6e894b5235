package org.onewindow.server.hall;

/** Who may apply for an item. */
public enum ApplicantType {
    PERSON, COMPANY, BOTH
}
