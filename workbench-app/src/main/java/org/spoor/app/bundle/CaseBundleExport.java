package org.spoor.app.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spoor.casefile.CaseFile;
import org.spoor.reports.ReportsException;
import org.spoor.reports.bundle.BundleWriter;
import org.spoor.reports.export.BundleExport;
import org.spoor.reports.sign.InvestigatorKey;

/**
 * {@code spoor bundle}: the case's prosecution evidence bundle, signed when a key is given, and the
 * audit entries that say who exported what (views of each exhibit, then the export itself). Nothing
 * is audited when the export fails.
 */
public final class CaseBundleExport {

    private final CaseBundleAdapter adapter;
    private final BundleWriter writer;

    public CaseBundleExport(CaseBundleAdapter adapter, BundleWriter writer) {
        this.adapter = adapter;
        this.writer = writer;
    }

    public CaseBundleExport() {
        this(new CaseBundleAdapter(), new BundleWriter());
    }

    public ExportedFile export(CaseFile caseFile, Path target, Optional<InvestigatorKey> key, BundleOptions options)
            throws IOException, ReportsException {
        CaseBundle bundle = adapter.adapt(caseFile, options);
        String sha256 = writeUnaudited(caseFile, bundle, target, key);
        BundleAudit audit = new BundleAudit(caseFile);
        audit.viewed(bundle, target, sha256);
        audit.exported(BundleAudit.BUNDLE_EXPORTED, bundle, target, sha256, key.isPresent(), Map.of());
        caseFile.checkpoint();
        return new ExportedFile(target, sha256, key.isPresent(), bundle.disclosedRefs(), bundle.withheld());
    }

    /** Writes (and signs) the bundle; the caller records the audit entries. Returns the file's SHA-256. */
    String writeUnaudited(CaseFile caseFile, CaseBundle bundle, Path target, Optional<InvestigatorKey> key)
            throws IOException, ReportsException {
        new BundleExport(writer).export(bundle.request(), List.of(), target, key, location(caseFile));
        return FileHashes.sha256(target);
    }

    CaseBundleAdapter adapter() {
        return adapter;
    }

    private static String location(CaseFile caseFile) {
        String unit = caseFile.details().unit();
        return unit == null ? "" : unit;
    }
}
