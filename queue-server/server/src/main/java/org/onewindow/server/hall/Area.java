package org.onewindow.server.hall;

import java.util.List;

/**
 * A functional area (theme): the unit a citizen queues for.
 *
 * @param id                     stable id, e.g. {@code invest}
 * @param name                   Chinese name, e.g. 投资项目审批
 * @param nameEn                 English name
 * @param prefix                 ticket prefix, one capital letter, unique in the hall
 * @param leadDepartment         department that leads the area
 * @param departments            departments whose items the area accepts
 * @param defaultServiceMinutes  service time assumed until enough services were measured
 * @param dailyTicketLimit       tickets the area issues a day, 0 for no limit
 * @param noticeAhead            people ahead at which a citizen who left a number is told by SMS
 *                               (到号提醒), {@value #DEFAULT_NOTICE_AHEAD} unless the hall file says
 * @param remoteTickets          tickets of the area that may be taken by phone a day (线上取号), 0 when
 *                               the area offers none
 */
public record Area(
        String id,
        String name,
        String nameEn,
        String prefix,
        String leadDepartment,
        List<String> departments,
        int defaultServiceMinutes,
        int dailyTicketLimit,
        Integer noticeAhead,
        int remoteTickets) {

    public static final int DEFAULT_NOTICE_AHEAD = 3;

    public Area {
        departments = departments == null ? List.of() : List.copyOf(departments);
        noticeAhead = noticeAhead == null ? DEFAULT_NOTICE_AHEAD : noticeAhead;
    }

    /** An area that offers no remote tickets. */
    public Area(String id, String name, String nameEn, String prefix, String leadDepartment, List<String> departments,
                int defaultServiceMinutes, int dailyTicketLimit, Integer noticeAhead) {
        this(id, name, nameEn, prefix, leadDepartment, departments, defaultServiceMinutes, dailyTicketLimit, noticeAhead, 0);
    }

    public boolean offersRemoteTickets() {
        return remoteTickets > 0;
    }
}
