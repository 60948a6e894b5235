package org.onewindow.server.statistics;

import java.security.Principal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.DayStatistics;

import org.onewindow.server.audit.AuditTrail;

/** A business day's figures, as JSON for consoles and as CSV for Excel. */
@RestController
@RequestMapping("/api/halls/{hall}")
class StatisticsController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final StatisticsService statistics;
    private final AuditTrail audit;

    StatisticsController(StatisticsService statistics, AuditTrail audit) {
        this.audit = audit;
        this.statistics = statistics;
    }

    @GetMapping("/statistics")
    DayStatistics day(@PathVariable("hall") String hall, @RequestParam(name = "date", required = false) String date) {
        return statistics.of(hall, date);
    }

    @GetMapping("/statistics.csv")
    ResponseEntity<byte[]> csv(@PathVariable("hall") String hall,
                               @RequestParam(name = "date", required = false) String date, Principal who) {
        DayStatistics day = statistics.of(hall, date);
        audit.record(who.getName(), "statistics-export", hall, "day " + day.date(), AuditTrail.caller(), "format=csv");
        String fileName = "statistics-" + day.hallId() + "-" + day.date() + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(StatisticsCsv.of(day));
    }
}
