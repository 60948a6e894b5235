package org.onewindow.server.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.DeviceKind;
import org.onewindow.server.accounts.AccountRequests.NewDevice;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;

/**
 * The manager's changes to registered devices, of the halls of their scope: checked whole, written to
 * the records database, then the {@link AccountDirectory} read again so they apply at once. A token
 * comes from {@link SecureRandom} and is answered once; only its SHA-256 is kept, with the line of
 * Mosquitto's password file that can be made only now that the token is known.
 */
@Component
class DeviceChanges {

    private static final Pattern DEVICE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountStore store;
    private final AccountDirectory directory;
    private final HallDirectory halls;
    private final StaffScopes scopes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String serverMqttUsername;
    /** Asked only when a device is answered: the broker connections are made after the accounts. */
    private final ObjectProvider<DeviceBrokers> brokers;

    DeviceChanges(AccountStore store, AccountDirectory directory, HallDirectory halls, StaffScopes scopes, Clock clock,
                  @Value("${onewindow.mqtt.username:onewindow-server}") String serverMqttUsername,
                  ObjectProvider<DeviceBrokers> brokers) {
        this.brokers = brokers;
        this.store = store;
        this.directory = directory;
        this.halls = halls;
        this.scopes = scopes;
        this.clock = clock;
        this.serverMqttUsername = serverMqttUsername;
    }

    AccountRequests.DeviceWithToken register(NewDevice body, String by) {
        if (body == null) {
            throw new InvalidFieldException("id", "required");
        }
        String id = body.id() == null ? "" : body.id().strip();
        if (!DEVICE_ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", "2 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        }
        if (id.equalsIgnoreCase(serverMqttUsername)) {
            // The broker would take the device for the server's own account.
            throw new InvalidFieldException("id", "is the server's own MQTT account");
        }
        DeviceKind kind;
        try {
            kind = DeviceKind.valueOf(body.kind() == null ? "" : body.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "one of KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR, TERMINAL");
        }
        Hall hall = AccountChanges.hall(halls, "hall", body.hall());
        scopes.requireHall(by, hall.id());
        String window = null;
        if (kind.servesOneWindow()) {
            window = body.window() == null ? "" : body.window().strip();
            if (hall.window(window).isEmpty()) {
                throw new InvalidFieldException("window", "a window of hall " + hall.id() + " (a " + kind + " serves one)");
            }
        } else if (body.window() != null && !body.window().isBlank()) {
            throw new InvalidFieldException("window", "only a WINDOW_SCREEN or EVALUATOR names a window");
        }
        String token = madeToken();
        RegisteredDevice device = new RegisteredDevice(id, kind.name(), hall.id(), window, TokenHash.of(token),
                MosquittoPasswordHash.of(token), false, by, clock.instant(), null);
        if (!AccountChanges.write(() -> store.insertDevice(device))) {
            throw new ConflictException("DEVICE_EXISTS", "a device with the id " + id + " is registered already");
        }
        return withToken(rereadDevice(id), token);
    }

    RegisteredDevice setDeviceDisabled(String id, boolean disabled, String by) {
        scopes.requireHall(by, existingDevice(id).hall());
        AccountChanges.write(() -> store.setDeviceDisabled(id, disabled));
        return rereadDevice(id);
    }

    private AccountRequests.DeviceWithToken withToken(RegisteredDevice device, String token) {
        DeviceBrokers known = brokers.getIfAvailable();
        return new AccountRequests.DeviceWithToken(AccountRequests.DeviceView.of(device), token,
                known == null ? null : known.urlFor(device.hall()));
    }

    AccountRequests.DeviceWithToken rotate(String id, String by) {
        scopes.requireHall(by, existingDevice(id).hall());
        String token = madeToken();
        AccountChanges.write(() -> store.rotate(id, TokenHash.of(token), MosquittoPasswordHash.of(token), clock.instant()));
        return withToken(rereadDevice(id), token);
    }

    private RegisteredDevice existingDevice(String id) {
        return directory.device(id).orElseThrow(() -> new NotFoundException("device", id));
    }

    private RegisteredDevice rereadDevice(String id) {
        AccountChanges.write(() -> {
            directory.refresh();
            return true;
        });
        return existingDevice(id);
    }

    private String madeToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
