package org.spoor.ingest.phone;

import java.nio.file.Path;
import java.util.Objects;
import org.spoor.ingest.entities.PhoneNumbers;

/**
 * What a parser needs besides the file: the exhibit the records cite, the region used to read
 * national phone numbers (the device's, else the case's country, e.g. "VN"), companion files, and
 * a scratch folder for the plaintext copies parsers work on (wiped by the pipeline per item).
 */
public final class PhoneParseContext {

    private final long exhibitId;
    private final String defaultRegion;
    private final CompanionFiles companions;
    private final Path scratch;
    private final PhoneNumbers numbers;

    public PhoneParseContext(long exhibitId, String defaultRegion, CompanionFiles companions, Path scratch) {
        this.exhibitId = exhibitId;
        this.defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion");
        this.companions = Objects.requireNonNull(companions, "companions");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
        this.numbers = new PhoneNumbers(defaultRegion);
    }

    public long exhibitId() {
        return exhibitId;
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    public CompanionFiles companions() {
        return companions;
    }

    public Path scratch() {
        return scratch;
    }

    /** Phone-number normalisation in this device's region. */
    public PhoneNumbers numbers() {
        return numbers;
    }

    public org.spoor.comms.SourceRef source(String locator) {
        return org.spoor.comms.SourceRef.of(exhibitId, locator);
    }
}
