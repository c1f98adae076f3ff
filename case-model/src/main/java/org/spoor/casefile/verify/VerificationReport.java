package org.spoor.casefile.verify;

import java.util.List;

/** What a verification checked and found. */
public record VerificationReport(int exhibitsChecked, int blobsChecked, long auditEntriesChecked,
                                 List<VerificationProblem> problems) {

    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
