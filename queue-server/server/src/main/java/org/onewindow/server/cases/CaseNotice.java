package org.onewindow.server.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.web.util.HtmlUtils;

import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.hall.Hall;

/**
 * The paper handed to the applicant: a missing-materials notice (一次性告知书) listing everything
 * missing at once, or the 容缺受理 note with what is owed and by when. Printable HTML, A5 or A4;
 * every value is escaped, and no inline style or script, so its Content-Security-Policy allows none.
 */
final class CaseNotice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CaseNotice() {
    }

    static String html(Hall hall, CaseView c) {
        boolean notice = CaseStatus.NOTICE_GIVEN.equals(c.status());
        String title = notice ? "一次性告知书" : "容缺受理告知书";
        StringBuilder items = new StringBuilder();
        for (String m : c.missingMaterials()) {
            items.append("<li>").append(e(m)).append("</li>");
        }
        String when = DAY.format(c.createdAt().atZone(ZoneId.of(hall.timeZone().getId())));
        String body = notice
                ? "<p>您申请的事项所需材料不全。按照一次性告知制度，请补齐以下全部材料后再来办理：</p>"
                : "<p>您申请的事项已容缺受理。请于 <strong>" + (c.owedBy() == null ? "" : DAY.format(c.owedBy()))
                  + "</strong> 前补交以下材料，逾期未补交的将不予办结：</p>";
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + " " + e(c.caseNo())
                + "</title><link rel=\"stylesheet\" href=\"/console/css/notice.css\"></head><body>"
                + "<h1>" + e(hall.name()) + "<br>" + title + "</h1>"
                + "<table><tr><td>编号</td><td>" + e(c.caseNo()) + "</td></tr>"
                + "<tr><td>申请人</td><td>" + e(c.maskedName().isEmpty() ? "—" : c.maskedName()) + "</td></tr>"
                + "<tr><td>事项</td><td>" + e(c.itemName()) + "（" + e(c.department()) + "）</td></tr>"
                + "<tr><td>日期</td><td>" + when + "</td></tr></table>"
                + body + "<ol>" + items + "</ol>"
                + (notice ? "" : "<p>承诺办结日期：" + (c.promisedDate() == null ? "" : DAY.format(c.promisedDate())) + "</p>")
                + "<p>窗口号码 " + e(c.ticketNumber()) + "。如有疑问，请到咨询导办台咨询。</p></body></html>";
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
