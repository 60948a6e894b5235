package org.onewindow.server.cases;

import java.util.Optional;

import org.onewindow.protocol.rest.CaseView;

/**
 * Where a closed case is found after it left Redis: the records keep every case for years, Redis
 * only the live ones (docs/records.md, "What leaves Redis").
 */
public interface CaseArchive {

    /** None: every case is in Redis (a core without records, as in some tests). */
    CaseArchive NONE = (hallId, caseNo) -> Optional.empty();

    Optional<CaseView> find(String hallId, String caseNo);
}
