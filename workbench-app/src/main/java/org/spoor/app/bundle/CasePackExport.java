package org.spoor.app.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spoor.casefile.CaseFile;
import org.spoor.casefile.ScratchSpace;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.reports.ReportsException;
import org.spoor.reports.pack.PackOriginal;
import org.spoor.reports.pack.PackRequest;
import org.spoor.reports.pack.PackSummary;
import org.spoor.reports.pack.PackWriter;
import org.spoor.reports.sign.InvestigatorKey;

/**
 * {@code spoor pack export}: the bundle plus the disclosed originals, bit-exact, in one signed,
 * optionally encrypted case pack (reports' PACK-FORMAT.md). Withheld originals are never read; the
 * pack records only how many there were. Audited like the bundle, as {@code pack.exported}.
 */
public final class CasePackExport {

    private final CaseBundleExport bundles;
    private final PackWriter packs = new PackWriter();

    public CasePackExport(CaseBundleExport bundles) {
        this.bundles = bundles;
    }

    public CasePackExport() {
        this(new CaseBundleExport());
    }

    /**
     * @param key signs the bundle (PAdES) and the pack's manifest
     * @param transferPassword encrypts the whole pack when not null
     */
    public ExportedFile export(CaseFile caseFile, Path target, InvestigatorKey key, boolean signBundle,
                               char[] transferPassword, BundleOptions options) throws IOException, ReportsException {
        CaseBundle bundle = bundles.adapter().adapt(caseFile, options);
        try (ScratchSpace scratch = caseFile.newScratch()) {
            Path pdf = scratch.dir().resolve("bundle.pdf");
            String bundleSha256 = bundles.writeUnaudited(caseFile, bundle, pdf,
                    signBundle ? Optional.of(key) : Optional.empty());
            // The bundle's request also makes data/exhibits.json, through the same disclosure filter.
            PackRequest request = new PackRequest(pdf, originals(caseFile, bundle), bagInfo(caseFile, bundle), key,
                    transferPassword, bundle.request());
            PackSummary summary = packs.write(request, target);
            String sha256 = FileHashes.sha256(target);
            BundleAudit audit = new BundleAudit(caseFile);
            audit.viewed(bundle, target, sha256);
            Map<String, Object> more = new LinkedHashMap<>();
            more.put("bundleSha256", bundleSha256);
            more.put("payloadFiles", summary.payloadFiles());
            more.put("payloadBytes", summary.payloadBytes());
            more.put("encrypted", summary.encrypted());
            audit.exported(BundleAudit.PACK_EXPORTED, bundle, target, sha256, signBundle, more);
            caseFile.checkpoint();
            return new ExportedFile(target, sha256, signBundle, bundle.disclosedRefs(), bundle.withheld());
        }
    }

    private static List<PackOriginal> originals(CaseFile caseFile, CaseBundle bundle) {
        List<PackOriginal> originals = new ArrayList<>();
        for (Exhibit exhibit : bundle.disclosed()) {
            String blobId = exhibit.blobId();
            originals.add(new PackOriginal(exhibit.ref(), exhibit.originalName(),
                    org.spoor.reports.bundle.model.Disclosure.DISCLOSABLE, () -> caseFile.blobs().open(blobId)));
        }
        // Anonymous stand-ins so the pack can count what was withheld; the writer never opens them.
        int n = 0;
        for (Disclosure category : List.of(Disclosure.INFORMANT, Disclosure.NOT_FOR_DISCLOSURE)) {
            for (int i = 0; i < bundle.withheld(category); i++) {
                originals.add(new PackOriginal("WITHHELD-" + (++n), "withheld",
                        org.spoor.reports.bundle.model.Disclosure.valueOf(category.name()), () -> {
                            throw new IOException("a withheld original is never read");
                        }));
            }
        }
        return originals;
    }

    private static Map<String, String> bagInfo(CaseFile caseFile, CaseBundle bundle) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("External-Identifier", caseFile.header().caseId());
        info.put("External-Description", "Spoor case pack: " + caseFile.details().title());
        info.put("Spoor-Disclosed-Exhibits", Integer.toString(bundle.disclosed().size()));
        info.put("Spoor-Withheld-Informant", Integer.toString(bundle.withheld(Disclosure.INFORMANT)));
        info.put("Spoor-Withheld-Not-For-Disclosure",
                Integer.toString(bundle.withheld(Disclosure.NOT_FOR_DISCLOSURE)));
        return info;
    }
}
