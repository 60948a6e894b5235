package org.onewindow.kiosk.device.idcard;

/** The card's text block is not what a genuine card holds (bad number, bad date, unknown layout). */
class IdCardFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public IdCardFormatException(String message) {
        super(message);
    }
}
