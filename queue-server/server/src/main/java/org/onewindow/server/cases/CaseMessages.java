package org.onewindow.server.cases;

import org.onewindow.protocol.rest.CaseView;

/** What the applicant is told at each step, in plain Chinese. */
final class CaseMessages {

    private CaseMessages() {
    }

    static String of(CaseView c) {
        return switch (c.status()) {
            case CaseStatus.ACCEPTED -> "您的申请已受理，承诺" + c.promisedDate() + "前办结"
                    + (c.owedBy() == null ? "" : "；请于" + c.owedBy() + "前补交：" + String.join("、", c.missingMaterials()));
            case CaseStatus.NOTICE_GIVEN -> "材料不全，请补齐后再来办理：" + String.join("、", c.missingMaterials());
            case CaseStatus.IN_REVIEW -> "您的申请正在审查";
            case CaseStatus.DECIDED -> "您的申请已作出决定，结果准备中";
            case CaseStatus.READY -> "办理结果已可领取：" + pickup(c);
            case CaseStatus.DELIVERED -> "办理结果已送达，感谢您的耐心";
            default -> "办件状态：" + c.status();
        };
    }

    private static String pickup(CaseView c) {
        return switch (c.pickupMethod()) {
            case "WINDOW" -> "请到" + c.pickupPlace() + "号窗口领取";
            case "LOCKER" -> "请到24小时自助区刷身份证从智能柜领取";
            case "MAIL" -> "已邮寄，运单号 " + c.pickupPlace();
            default -> c.pickupPlace();
        };
    }
}
