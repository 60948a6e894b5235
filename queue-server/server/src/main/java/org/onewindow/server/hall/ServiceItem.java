package org.onewindow.server.hall;

import java.util.List;

/**
 * A service item (政务服务事项).
 *
 * @param code          item code
 * @param name          Chinese name
 * @param department    responsible department
 * @param area          area that accepts it
 * @param kind          即办件, 承诺件 or 联办件
 * @param promisedDays  working days promised for a decision (0 for an immediate item)
 * @param applicant     person or company
 * @param fee           fee in plain words, e.g. 不收费
 * @param visits        visits needed on site, 0 or 1
 * @param materials     the materials list (一次性告知)
 */
public record ServiceItem(
        String code,
        String name,
        String department,
        String area,
        ItemKind kind,
        int promisedDays,
        ApplicantType applicant,
        String fee,
        int visits,
        List<Material> materials) {

    public ServiceItem {
        materials = materials == null ? List.of() : List.copyOf(materials);
        fee = fee == null ? "不收费" : fee;
    }
}
