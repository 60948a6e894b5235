package org.onewindow.server.statistics.range;

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

import org.onewindow.server.audit.AuditTrail;

/** Statistics over a period of days, as JSON for the console and as CSV and Excel files. */
@RestController
@RequestMapping("/api/halls/{hall}/statistics")
class RangeStatisticsController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RangeStatisticsService statistics;
    private final AuditTrail audit;

    RangeStatisticsController(RangeStatisticsService statistics, AuditTrail audit) {
        this.audit = audit;
        this.statistics = statistics;
    }

    @GetMapping("/range")
    RangeStatistics range(@PathVariable("hall") String hall, @RequestParam(name = "from", required = false) String from,
                          @RequestParam(name = "to", required = false) String to,
                          @RequestParam(name = "by", required = false) String by) {
        return statistics.of(hall, from, to, by);
    }

    @GetMapping("/range.csv")
    ResponseEntity<byte[]> csv(@PathVariable("hall") String hall, @RequestParam(name = "from", required = false) String from,
                               @RequestParam(name = "to", required = false) String to,
                               @RequestParam(name = "by", required = false) String by, Principal who) {
        RangeStatistics s = statistics.of(hall, from, to, by);
        exported(who, s, "csv");
        return file(s, "csv", CSV, RangeCsv.of(s));
    }

    @GetMapping("/range.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("hall") String hall, @RequestParam(name = "from", required = false) String from,
                                @RequestParam(name = "to", required = false) String to,
                                @RequestParam(name = "by", required = false) String by, Principal who) {
        RangeStatistics s = statistics.of(hall, from, to, by);
        exported(who, s, "xlsx");
        return file(s, "xlsx", XLSX, RangeXlsx.of(s));
    }

    private void exported(Principal who, RangeStatistics s, String format) {
        audit.record(who.getName(), "statistics-export", s.hallId(), s.from() + ".." + s.to(), AuditTrail.caller(),
                "format=" + format + " by=" + s.by());
    }

    private static ResponseEntity<byte[]> file(RangeStatistics s, String extension, MediaType type, byte[] body) {
        String name = "statistics-" + s.hallId() + "-" + s.from() + "-" + s.to() + "-" + s.by() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
