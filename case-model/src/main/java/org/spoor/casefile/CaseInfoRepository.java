package org.spoor.casefile;

import static org.spoor.casefile.db.Tables.CASE_INFO;

import org.jooq.DSLContext;

/** The single row describing the case. */
final class CaseInfoRepository {

    private final DSLContext dsl;

    CaseInfoRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    CaseDetails load() {
        return dsl.selectFrom(CASE_INFO).where(CASE_INFO.ID.eq(1)).fetchOptional()
                .map(row -> new CaseDetails(row.getCaseUuid(), row.getTitle(), row.getCountry(),
                        row.getJurisdiction(), row.getInvestigator(), row.getUnit(), row.getCreatedAt().toInstant()))
                .orElseThrow(() -> new IllegalStateException("The case has no case_info row"));
    }
}
