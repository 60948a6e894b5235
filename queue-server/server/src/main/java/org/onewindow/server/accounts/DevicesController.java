package org.onewindow.server.accounts;

import java.security.Principal;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.server.accounts.AccountRequests.DeviceView;
import org.onewindow.server.accounts.AccountRequests.DeviceWithToken;
import org.onewindow.server.accounts.AccountRequests.NewDevice;

/** {@code /api/accounts/devices}: the registered devices, for managers. A token is answered once and never logged. */
@RestController
@RequestMapping("/api/accounts/devices")
class DevicesController {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private final AccountDirectory directory;
    private final AccountChanges changes;

    DevicesController(AccountDirectory directory, AccountChanges changes) {
        this.directory = directory;
        this.changes = changes;
    }

    @GetMapping
    List<DeviceView> list() {
        return directory.devices().stream().map(DeviceView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DeviceWithToken register(@RequestBody(required = false) NewDevice body, Principal who) {
        DeviceWithToken registered = changes.register(body, who.getName());
        audit.info("{} device-register device={} kind={} hall={} window={}", who.getName(), registered.device().id(),
                registered.device().kind(), registered.device().hall(), registered.device().window());
        return registered;
    }

    @PostMapping("/{id}/disable")
    DeviceView disable(@PathVariable("id") String id, Principal who) {
        DeviceView changed = DeviceView.of(changes.setDeviceDisabled(id, true));
        audit.info("{} device-disable device={}", who.getName(), changed.id());
        return changed;
    }

    @PostMapping("/{id}/enable")
    DeviceView enable(@PathVariable("id") String id, Principal who) {
        DeviceView changed = DeviceView.of(changes.setDeviceDisabled(id, false));
        audit.info("{} device-enable device={}", who.getName(), changed.id());
        return changed;
    }

    @PostMapping("/{id}/rotate-token")
    DeviceWithToken rotate(@PathVariable("id") String id, Principal who) {
        DeviceWithToken rotated = changes.rotate(id);
        audit.info("{} device-rotate-token device={}", who.getName(), rotated.device().id());
        return rotated;
    }
}
