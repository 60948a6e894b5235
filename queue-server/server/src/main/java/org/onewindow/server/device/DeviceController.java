package org.onewindow.server.device;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.DeviceView;

/** The hall's devices, online or not, with their health, for the manager's console. */
@RestController
@RequestMapping("/api/halls/{hall}")
class DeviceController {

    private final DeviceDirectory directory;

    DeviceController(DeviceDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/devices")
    List<DeviceView> devices(@PathVariable("hall") String hall) {
        return directory.devices(hall);
    }
}
