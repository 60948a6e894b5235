package org.onewindow.kiosk.device;

import java.io.IOException;
import java.time.Duration;

import org.onewindow.kiosk.config.DeviceSetting;
import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.device.idcard.IdCardReader;
import org.onewindow.kiosk.device.idcard.SamIdCardReader;
import org.onewindow.kiosk.device.idcard.SimulatedIdCardReader;
import org.onewindow.kiosk.device.locker.Locker;
import org.onewindow.kiosk.device.locker.LockerTwin;
import org.onewindow.kiosk.device.locker.SerialLocker;
import org.onewindow.kiosk.device.printer.EscPosPrinter;
import org.onewindow.kiosk.device.printer.PaperWidth;
import org.onewindow.kiosk.device.printer.SimulatedPrinter;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.kiosk.device.scanner.CodeScanner;
import org.onewindow.kiosk.device.scanner.ScanDecoder;
import org.onewindow.kiosk.device.scanner.SerialCodeScanner;
import org.onewindow.kiosk.device.scanner.SimulatedCodeScanner;
import org.onewindow.kiosk.device.serial.InMemoryLink;
import org.onewindow.kiosk.device.serial.JSerialCommLink;
import org.onewindow.kiosk.device.serial.SerialSettings;

/**
 * The kiosk's devices as its configuration names them: real ones on serial ports, or simulated
 * twins (then reachable here, for the simulator panel and tests). The result locker is optional;
 * a simulated one is the real driver talking to a board twin over an in-memory line.
 */
public final class KioskDevices implements AutoCloseable {

    /** A lock board answers within 50 ms; 400 ms leaves room for a slow USB adapter. */
    private static final Duration LOCKER_ANSWER = Duration.ofMillis(400);

    private final IdCardReader reader;
    private final CodeScanner scanner;
    private final TicketPrinter printer;
    private final boolean keyboardScanner;
    private final Locker locker;
    private final LockerTwin lockerTwin;

    private KioskDevices(IdCardReader reader, CodeScanner scanner, TicketPrinter printer, boolean keyboardScanner,
                         Locker locker, LockerTwin lockerTwin) {
        this.reader = reader;
        this.scanner = scanner;
        this.printer = printer;
        this.keyboardScanner = keyboardScanner;
        this.locker = locker;
        this.lockerTwin = lockerTwin;
    }

    /** Opens every device; a port that cannot be opened is an error naming it. */
    public static KioskDevices open(KioskConfig c) throws IOException {
        IdCardReader reader = c.reader().kind() == DeviceSetting.Kind.SERIAL
                ? new SamIdCardReader(JSerialCommLink.open(new SerialSettings(c.reader().path(), c.reader().baudRate())))
                : new SimulatedIdCardReader();
        CodeScanner scanner = switch (c.scanner().kind()) {
            case SERIAL -> new SerialCodeScanner(
                    JSerialCommLink.open(new SerialSettings(c.scanner().path(), c.scanner().baudRate())),
                    Duration.ofMillis(80), ScanDecoder.DEFAULT_MAX_BYTES);
            case SIMULATED -> new SimulatedCodeScanner();
            case KEYBOARD, NONE -> null;
        };
        PaperWidth paper = PaperWidth.ofMillimetres(c.paperMillimetres());
        TicketPrinter printer = c.printer().kind() == DeviceSetting.Kind.SERIAL
                ? new EscPosPrinter(JSerialCommLink.open(new SerialSettings(c.printer().path(), c.printer().baudRate())),
                        paper, Duration.ofMillis(500))
                : new SimulatedPrinter(c.ticketDirectory(), paper);
        Locker locker = null;
        LockerTwin twin = null;
        switch (c.locker().kind()) {
            case SERIAL -> locker = new SerialLocker(JSerialCommLink.open(new SerialSettings(c.locker().path(),
                    c.locker().baudRate())), c.lockerAddress(), LOCKER_ANSWER);
            case SIMULATED -> {
                InMemoryLink[] line = InMemoryLink.pair("simulated locker");
                twin = new LockerTwin(line[1], c.lockerAddress(), c.lockerSlots());
                locker = new SerialLocker(line[0], c.lockerAddress(), LOCKER_ANSWER);
            }
            default -> { }
        }
        return new KioskDevices(reader, scanner, printer, scanner == null, locker, twin);
    }

    /** The result locker; null when this kiosk has none. */
    public Locker locker() {
        return locker;
    }

    /** The simulated lock board (the simulator panel shuts its doors); null for a real one or none. */
    public LockerTwin lockerTwin() {
        return lockerTwin;
    }

    public IdCardReader reader() {
        return reader;
    }

    /** The serial or simulated scanner; null when the scanner is a keyboard wedge. */
    public CodeScanner scanner() {
        return scanner;
    }

    public TicketPrinter printer() {
        return printer;
    }

    public boolean keyboardScanner() {
        return keyboardScanner;
    }

    public SimulatedIdCardReader simulatedReader() {
        return reader instanceof SimulatedIdCardReader s ? s : null;
    }

    public SimulatedCodeScanner simulatedScanner() {
        return scanner instanceof SimulatedCodeScanner s ? s : null;
    }

    public SimulatedPrinter simulatedPrinter() {
        return printer instanceof SimulatedPrinter s ? s : null;
    }

    @Override
    public void close() {
        reader.close();
        if (scanner != null) {
            scanner.close();
        }
        printer.close();
        if (locker != null) {
            locker.close();
        }
        if (lockerTwin != null) {
            lockerTwin.close();
        }
    }
}
