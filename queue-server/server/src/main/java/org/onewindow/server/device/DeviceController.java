package org.onewindow.server.device;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.DeviceAlert;
import org.onewindow.protocol.rest.DeviceView;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.hall.HallDirectory;

/** The hall's devices, online or not, with their health and faults, for the manager's console. */
@RestController
@RequestMapping("/api/halls/{hall}")
class DeviceController {

    private final DeviceDirectory directory;
    private final DeviceAlerts alerts;
    private final HallDirectory halls;
    private final AuditTrail audit;

    DeviceController(DeviceDirectory directory, DeviceAlerts alerts, HallDirectory halls, AuditTrail audit) {
        this.audit = audit;
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
        audit.record(who.getName(), "acknowledge-fault", hall, "device " + alert.deviceId(), AuditTrail.caller(),
                "part=" + alert.part());
        return alert;
    }
}
