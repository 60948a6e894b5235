package org.onewindow.kiosk;

import java.time.Duration;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.KioskDevices;
import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.idcard.IdCardWatcher;
import org.onewindow.kiosk.device.scanner.KeyboardWedgeBuffer;
import org.onewindow.kiosk.device.scanner.ScanListener;
import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.server.DeviceHealthReporter;
import org.onewindow.kiosk.terminal.TerminalFlow;

/**
 * The citizen's input, wherever it comes from, to the face on screen: touches on the screen, the
 * code scanner (on a serial port, or a keyboard wedge typing into the screen) and the ID card
 * reader, watched for cards laid, lifted and refused. The reader's faults also go to staff.
 */
final class InputRouting implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InputRouting.class);

    private final ModeSwitch faces;
    private final DeviceHealthReporter health;
    private final IdCardWatcher watcher;

    InputRouting(ModeSwitch faces, KioskDevices devices, DeviceHealthReporter health) {
        this.faces = faces;
        this.health = health;
        faces.host().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> faces.touched());
        faces.host().addEventFilter(TouchEvent.TOUCH_PRESSED, e -> faces.touched());
        if (devices.keyboardScanner()) {
            KeyboardWedgeBuffer wedge = new KeyboardWedgeBuffer(30, 6, scans());
            faces.host().addEventFilter(KeyEvent.KEY_TYPED, e -> {
                if (!e.getCharacter().isEmpty() && wedge.key(e.getCharacter().charAt(0), System.currentTimeMillis())) {
                    e.consume();
                }
            });
        } else {
            devices.scanner().start(scans());
        }
        watcher = new IdCardWatcher(devices.reader(), Duration.ofMillis(300), cards());
    }

    private IdCardWatcher.Listener cards() {
        return new IdCardWatcher.Listener() {
            @Override
            public void cardRead(IdCard card) {
                faces.toShownFace(queue -> queue.cardRead(card), term -> term.cardRead(card));
            }

            @Override
            public void cardLifted() {
                faces.toShownFace(KioskFlow::cardLifted, TerminalFlow::cardLifted);
            }

            @Override
            public void cardRejected(String reason) {
                faces.toShownFace(queue -> queue.cardRejected(reason), term -> term.cardRejected(reason));
            }

            @Override
            public void readerFault(String fault) {
                health.report("idcard-reader", fault.isEmpty() ? "OK" : "FAULT", fault.isEmpty() ? "正常" : fault);
                faces.readerWorking(fault.isEmpty());
            }
        };
    }

    private ScanListener scans() {
        return new ScanListener() {
            @Override
            public void scanned(String code) {
                faces.toShownFace(queue -> queue.codeScanned(code), term -> term.codeScanned(code));
            }

            @Override
            public void rejected(String reason) {
                log.warn("Scanner: {}", reason);
            }
        };
    }

    /** Stops watching the reader (and closes it). */
    @Override
    public void close() {
        watcher.close();
    }
}
