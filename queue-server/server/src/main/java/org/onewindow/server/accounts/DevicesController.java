package org.onewindow.server.accounts;

import java.security.Principal;
import java.util.List;

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
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.hall.HallDirectory;

/** {@code /api/accounts/devices}: the registered devices, for managers. A token is answered once and never logged. */
@RestController
@RequestMapping("/api/accounts/devices")
class DevicesController {

    private final AccountDirectory directory;
    private final DeviceChanges changes;
    private final StaffScopes scopes;
    private final HallDirectory halls;
    private final AuditTrail audit;

    DevicesController(AccountDirectory directory, DeviceChanges changes, StaffScopes scopes, HallDirectory halls,
                      AuditTrail audit) {
        this.audit = audit;
        this.scopes = scopes;
        this.halls = halls;
        this.directory = directory;
        this.changes = changes;
    }

    /** The devices of the halls in the manager's scope (a device of a hall no longer served: only to a manager of every hall). */
    @GetMapping
    List<DeviceView> list(Principal who) {
        AccountScope scope = scopes.scopeOf(who.getName()).orElse(null);
        return directory.devices().stream()
                .filter(d -> scope != null && scope.covers(halls.find(d.hall()).orElse(null)))
                .map(DeviceView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DeviceWithToken register(@RequestBody(required = false) NewDevice body, Principal who) {
        DeviceWithToken registered = changes.register(body, who.getName());
        audit.record(who.getName(), "device-register", registered.device().hall(), "device " + registered.device().id(),
                AuditTrail.caller(), "kind=" + registered.device().kind() + " window=" + registered.device().window());
        return registered;
    }

    @PostMapping("/{id}/disable")
    DeviceView disable(@PathVariable("id") String id, Principal who) {
        DeviceView changed = DeviceView.of(changes.setDeviceDisabled(id, true, who.getName()));
        audit.record(who.getName(), "device-disable", changed.hall(), "device " + changed.id(), AuditTrail.caller(), "");
        return changed;
    }

    @PostMapping("/{id}/enable")
    DeviceView enable(@PathVariable("id") String id, Principal who) {
        DeviceView changed = DeviceView.of(changes.setDeviceDisabled(id, false, who.getName()));
        audit.record(who.getName(), "device-enable", changed.hall(), "device " + changed.id(), AuditTrail.caller(), "");
        return changed;
    }

    @PostMapping("/{id}/rotate-token")
    DeviceWithToken rotate(@PathVariable("id") String id, Principal who) {
        DeviceWithToken rotated = changes.rotate(id, who.getName());
        audit.record(who.getName(), "device-rotate-token", rotated.device().hall(), "device " + rotated.device().id(),
                AuditTrail.caller(), "");
        return rotated;
    }
}
