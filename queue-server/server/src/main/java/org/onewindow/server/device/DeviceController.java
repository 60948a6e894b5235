package org.onewindow.server.device;

import java.security.Principal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.DeviceAlert;
import org.onewindow.protocol.rest.DeviceView;
import org.onewindow.server.hall.HallDirectory;

/** The hall's devices, online or not, with their health and faults, for the manager's console. */
@RestController
@RequestMapping("/api/halls/{hall}")
class DeviceController {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private final DeviceDirectory directory;
    private final DeviceAlerts alerts;
    private final HallDirectory halls;

    DeviceController(DeviceDirectory directory, DeviceAlerts alerts, HallDirectory halls) {
        this.directory = directory;
        this.alerts = alerts;
        this.halls = halls;
    }

    @GetMapping("/devices")
    List<DeviceView> devices(@PathVariable("hall") String hall) {
        return directory.devices(hall);
    }

    /** Every fault still on; the console raises those nobody has acknowledged yet. */
    @GetMapping("/devices/alerts")
    List<DeviceAlert> alerts(@PathVariable("hall") String hall) {
        halls.get(hall);
        return alerts.open(hall);
    }

    @PostMapping("/devices/alerts/{id}/acknowledge")
    DeviceAlert acknowledge(@PathVariable("hall") String hall, @PathVariable("id") String id, Principal who) {
        halls.get(hall);
        DeviceAlert alert = alerts.acknowledge(hall, id, who.getName());
        audit.info("{} acknowledge-fault hall={} device={} part={}", who.getName(), hall, alert.deviceId(), alert.part());
        return alert;
    }
}
