package org.spoor.app.bundle;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;

/**
 * The audit entries of an export: one {@code exhibit.viewed.in.bundle} per exhibit shown in the
 * bundle (subject = its reference, so it appears in that exhibit's chain of custody next time),
 * then one {@code bundle.exported} or {@code pack.exported} with the file, its SHA-256, the
 * references included and the withheld counts.
 */
final class BundleAudit {

    static final String VIEWED_IN_BUNDLE = "exhibit.viewed.in.bundle";
    static final String BUNDLE_EXPORTED = "bundle.exported";
    static final String PACK_EXPORTED = "pack.exported";

    private final CaseFile caseFile;

    BundleAudit(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    void viewed(CaseBundle bundle, Path file, String sha256) {
        for (Exhibit exhibit : bundle.disclosed()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("exhibitId", exhibit.id());
            details.put("bundle", file.getFileName().toString());
            details.put("bundleSha256", sha256);
            caseFile.audit().record(caseFile.actor(), VIEWED_IN_BUNDLE, exhibit.ref(), details);
        }
    }

    void exported(String action, CaseBundle bundle, Path file, String sha256, boolean signed,
                  Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", file.toAbsolutePath().toString());
        details.put("sha256", sha256);
        details.put("signed", signed);
        details.put("exhibits", bundle.disclosedRefs());
        Map<String, Object> withheld = new LinkedHashMap<>();
        withheld.put(Disclosure.INFORMANT.name(), bundle.withheld(Disclosure.INFORMANT));
        withheld.put(Disclosure.NOT_FOR_DISCLOSURE.name(), bundle.withheld(Disclosure.NOT_FOR_DISCLOSURE));
        details.put("withheld", withheld);
        details.putAll(more);
        caseFile.audit().record(caseFile.actor(), action, caseFile.header().caseId(), details);
    }
}
