package org.spoor.ingest.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.spoor.exhibit.SeizureFacts;

/**
 * What to import and the custody facts that go with it.
 *
 * @param region the default region for phone numbers (the case's country), e.g. {@code VN}
 */
public record ImportRequest(List<Path> paths, SeizureFacts seizure, String region) {

    public ImportRequest {
        paths = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /**
     * The same command gives the same import id, which is how an interrupted import finds what it had
     * already done when it is started again.
     */
    public String importId() {
        StringBuilder canonical = new StringBuilder("spoor-import-v1");
        paths.stream().map(Path::toString).sorted().forEach(p -> canonical.append('\n').append(p));
        canonical.append('\n').append(seizure.place()).append('\n').append(seizure.sealNo())
                .append('\n').append(seizure.custodian());
        return UUID.nameUUIDFromBytes(canonical.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
