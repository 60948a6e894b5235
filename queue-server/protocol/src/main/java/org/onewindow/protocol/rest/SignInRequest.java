package org.onewindow.protocol.rest;

/**
 * A member of staff signing in to a console.
 *
 * @param username  account name
 * @param password  password, checked against its bcrypt hash
 */
public record SignInRequest(String username, String password) {

    @Override
    public String toString() {
        return "SignInRequest[username=" + username + "]";
    }
}
