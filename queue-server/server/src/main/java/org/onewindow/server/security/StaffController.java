package org.onewindow.server.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.StaffMember;

/** {@code GET /api/staff}: every account's display name, for the consoles (staff only). */
@RestController
class StaffController {

    private final StaffDirectory staff;

    StaffController(StaffDirectory staff) {
        this.staff = staff;
    }

    @GetMapping("/api/staff")
    List<StaffMember> staff() {
        return staff.all();
    }
}
