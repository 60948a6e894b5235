package org.onewindow.server.calling;

import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.SilenceSetting;

/** The hall's 无声叫号 switch; managers only (see the security configuration). */
@RestController
@RequestMapping("/api/halls/{hall}/silence")
class HallSilenceController {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private final HallSilence silence;

    HallSilenceController(HallSilence silence) {
        this.silence = silence;
    }

    @GetMapping
    SilenceSetting get(@PathVariable("hall") String hall) {
        return silence.get(hall);
    }

    @PutMapping
    SilenceSetting set(@PathVariable("hall") String hall, @RequestBody SilenceSetting setting, Principal who) {
        SilenceSetting now = silence.set(hall, who.getName(), setting);
        audit.info("{} hall-silence hall={} silent={}", who.getName(), hall, now.silent());
        return now;
    }
}
