package org.onewindow.protocol.rest;

/**
 * A citizen's identity as read from an ID card or code. The server keeps only a keyed hash of
 * the number and a masked name; neither field is ever logged.
 *
 * @param idNumber  ID card number (18 characters for a resident card)
 * @param name      full name, optional
 */
public record Identity(String idNumber, String name) {

    @Override
    public String toString() {
        return "Identity[hidden]";
    }
}
