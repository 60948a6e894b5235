package org.onewindow.kiosk.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.device.KioskDevices;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.idcard.SimulatedIdCardReader;
import org.onewindow.kiosk.device.locker.LockerTwin;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.device.printer.SimulatedPrinter;
import org.onewindow.kiosk.device.scanner.SimulatedCodeScanner;

/**
 * A small window beside a simulated kiosk: lay sample ID cards on the reader, scan sample codes
 * (the demo server's appointments, a forged one, any text), and run the printer out of paper.
 */
public final class SimulatorPanel {

    private final KioskDevices devices;
    private final KioskConfig config;
    private final Window owner;

    public SimulatorPanel(KioskDevices devices, KioskConfig config, Window owner) {
        this.devices = devices;
        this.config = config;
        this.owner = owner;
    }

    public void show() {
        VBox box = new VBox(8);
        box.getStyleClass().add("simulator");
        SimulatedIdCardReader reader = devices.simulatedReader();
        if (reader != null) {
            box.getChildren().add(new Label("身份证 (放上 / 拿走)"));
            for (SampleCards.Sample sample : SampleCards.all()) {
                box.getChildren().add(button("放上 " + sample.label(), () -> reader.present(sample.card())));
            }
            box.getChildren().add(button("拿走身份证", reader::remove));
            box.getChildren().add(button("读卡器故障", () -> reader.fail("find card: no answer within 500 ms")));
            box.getChildren().add(button("读卡器恢复", reader::repair));
        }
        SimulatedCodeScanner scanner = devices.simulatedScanner();
        if (scanner != null) {
            box.getChildren().add(new Label("扫码"));
            for (String[] code : codes()) {
                box.getChildren().add(button(code[0], () -> scanner.scan(code[1])));
            }
            TextField any = new TextField();
            any.setPromptText("任意内容，回车扫描");
            any.setOnAction(e -> scanner.scan(any.getText()));
            box.getChildren().add(any);
        }
        SimulatedPrinter printer = devices.simulatedPrinter();
        if (printer != null) {
            box.getChildren().add(new Label("打印机 (号票 PNG: " + config.ticketDirectory() + ")"));
            box.getChildren().add(button("纸正常", () -> printer.setStatus(PaperStatus.OK)));
            box.getChildren().add(button("纸将尽", () -> printer.setStatus(PaperStatus.NEAR_END)));
            box.getChildren().add(button("缺纸", () -> printer.setStatus(PaperStatus.OUT)));
        }
        LockerTwin locker = devices.lockerTwin();
        if (locker != null) {
            box.getChildren().add(new Label("取件柜 (打开的柜门)"));
            box.getChildren().add(button("取走材料并关门", () -> locker.openSlots().forEach(locker::takeAndShut)));
            box.getChildren().add(button("不取走直接关门", () -> locker.openSlots().forEach(locker::shutWithoutTaking)));
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("设备模拟 Simulated devices");
        stage.setScene(new Scene(new ScrollPane(box), 300, 720));
        stage.setX(owner.getX() + owner.getWidth() + 10);
        stage.setY(owner.getY());
        stage.show();
    }

    /** Label and text of each sample code: the demo's appointments, then a forged one. */
    private List<String[]> codes() {
        List<String[]> codes = new ArrayList<>();
        Path file = config.demoCodesFile();
        if (file != null && Files.isReadable(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.split("\t", 2);
                    if (!line.startsWith("#") && parts.length == 2) {
                        codes.add(parts);
                    }
                }
            } catch (IOException e) {
                codes.add(new String[] {"(无法读取 " + file + ")", ""});
            }
        }
        if (!codes.isEmpty()) {
            String genuine = codes.get(0)[1];
            char last = genuine.charAt(genuine.length() - 1);
            codes.add(new String[] {"伪造的预约码", genuine.substring(0, genuine.length() - 1) + (last == 'A' ? 'B' : 'A')});
        }
        codes.add(new String[] {"其他二维码 (网址)", "https://www.example.com/"});
        return codes;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
