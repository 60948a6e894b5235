package org.onewindow.server.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts' and devices' rows in the records database, in plain SQL. */
@Component
class AccountStore {

    private static final String STAFF_COLUMNS = "username, display_name, password_hash, roles, allowed_halls, allowed_windows, "
            + "scope_halls, scope_regions, disabled, created_by, created_at, changed_by, changed_at";
    private static final String DEVICE_COLUMNS = "id, kind, hall, window_no, token_sha256, mosquitto_password, disabled, created_by, created_at, rotated_at";

    private final JdbcClient jdbc;

    AccountStore(DataSource recordsDataSource) {
        this.jdbc = JdbcClient.create(recordsDataSource);
    }

    List<StaffAccount> allStaff() {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_account order by created_at, username")
                .query((rs, n) -> staff(rs)).list();
    }

    List<RegisteredDevice> allDevices() {
        return jdbc.sql("select " + DEVICE_COLUMNS + " from registered_device order by created_at, id")
                .query((rs, n) -> device(rs)).list();
    }

    /** Inserts the account unless one of that name exists; whether it did. */
    boolean insertStaff(StaffAccount a) {
        return jdbc.sql("insert into staff_account (" + STAFF_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (username) do nothing")
                .params(a.username(), a.displayName(), a.passwordHash(), array(a.roles()), array(a.allowedHalls()),
                        array(a.allowedWindows()), array(a.scope().halls()), array(a.scope().regions()), a.disabled(),
                        a.createdBy(), ts(a.createdAt()), a.changedBy(), ts(a.changedAt()))
                .update() == 1;
    }

    /** Inserts the device unless one of that id exists; whether it did. */
    boolean insertDevice(RegisteredDevice d) {
        return jdbc.sql("insert into registered_device (" + DEVICE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (id) do nothing")
                .params(d.id(), d.kind(), d.hall(), d.window(), d.tokenSha256(), d.mosquittoPassword(), d.disabled(), d.createdBy(),
                        ts(d.createdAt()), d.rotatedAt() == null ? null : ts(d.rotatedAt()))
                .update() == 1;
    }

    boolean setStaffDisabled(String username, boolean disabled, String by, Instant at) {
        return jdbc.sql("update staff_account set disabled = ?, changed_by = ?, changed_at = ? where username = ?")
                .params(disabled, by, ts(at), username).update() == 1;
    }

    boolean setPassword(String username, String passwordHash, String by, Instant at) {
        return jdbc.sql("update staff_account set password_hash = ?, changed_by = ?, changed_at = ? where username = ?")
                .params(passwordHash, by, ts(at), username).update() == 1;
    }

    boolean setProfile(String username, String displayName, List<String> halls, List<String> windows, AccountScope scope,
                       String by, Instant at) {
        return jdbc.sql("update staff_account set display_name = ?, allowed_halls = ?, allowed_windows = ?, scope_halls = ?, "
                        + "scope_regions = ?, changed_by = ?, changed_at = ? where username = ?")
                .params(displayName, array(halls), array(windows), array(scope.halls()), array(scope.regions()), by, ts(at),
                        username).update() == 1;
    }

    boolean setDeviceDisabled(String id, boolean disabled) {
        return jdbc.sql("update registered_device set disabled = ? where id = ?").params(disabled, id).update() == 1;
    }

    boolean rotate(String id, String tokenSha256, String mosquittoPassword, Instant at) {
        return jdbc.sql("update registered_device set token_sha256 = ?, mosquitto_password = ?, rotated_at = ? where id = ?")
                .params(tokenSha256, mosquittoPassword, ts(at), id).update() == 1;
    }

    private static StaffAccount staff(ResultSet rs) throws SQLException {
        return new StaffAccount(rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                list(rs.getArray("roles")), list(rs.getArray("allowed_halls")), list(rs.getArray("allowed_windows")),
                new AccountScope(list(rs.getArray("scope_halls")), list(rs.getArray("scope_regions"))),
                rs.getBoolean("disabled"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }

    private static RegisteredDevice device(ResultSet rs) throws SQLException {
        Timestamp rotated = rs.getTimestamp("rotated_at");
        return new RegisteredDevice(rs.getString("id"), rs.getString("kind"), rs.getString("hall"), rs.getString("window_no"),
                rs.getString("token_sha256"), rs.getString("mosquitto_password"), rs.getBoolean("disabled"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rotated == null ? null : rotated.toInstant());
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
