package org.spoor.reports.pack;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a pack. Intact means: every manifest entry present with its hash, no
 * file outside the manifests, and the manifest signature valid. {@code signer} is the certificate
 * subject of a valid signature (whether to trust that certificate is a separate question).
 */
public record PackVerification(List<PackProblem> problems, Optional<String> signer, int filesChecked,
                               long bytesChecked) {
    public PackVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    public Optional<PackProblem> firstProblem() {
        return problems.stream().findFirst();
    }
}
