package org.onewindow.kiosk.device.idcard;

/** The reader did not answer, answered garbage, or reported a failure; the message says which. */
class IdCardReaderException extends Exception {

    private static final long serialVersionUID = 1L;

    public IdCardReaderException(String message) {
        super(message);
    }

    public IdCardReaderException(String message, Throwable cause) {
        super(message, cause);
    }
}
