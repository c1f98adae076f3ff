package org.spoor.app.ui.reports;

import java.nio.file.Path;
import java.util.Optional;

import org.spoor.app.bundle.BundleOptions;
import org.spoor.app.bundle.CaseBundle;
import org.spoor.app.bundle.CaseBundleAdapter;
import org.spoor.app.bundle.CaseBundleExport;
import org.spoor.app.bundle.ExportedFile;
import org.spoor.casefile.CaseFile;
import org.spoor.reports.bundle.BundleWriter;
import org.spoor.reports.sign.InvestigatorKey;

/**
 * The same services {@code spoor bundle} calls, on the open case. One adapter and writer are kept,
 * so the basemap, gazetteer and fonts are read once per case window.
 */
public final class CaseBundleService implements BundleService {

    private final CaseFile caseFile;
    private final CaseBundleAdapter adapter = new CaseBundleAdapter();
    private final CaseBundleExport export;

    public CaseBundleService(CaseFile caseFile) {
        this.caseFile = caseFile;
        this.export = new CaseBundleExport(adapter, new BundleWriter());
    }

    @Override
    public synchronized CaseBundle preview(BundleOptions options) throws Exception {
        return adapter.adapt(caseFile, options);
    }

    @Override
    public synchronized ExportedFile export(Path target, Path keystore, char[] keystorePassword,
                                            BundleOptions options) throws Exception {
        Optional<InvestigatorKey> key = keystore == null ? Optional.empty()
                : Optional.of(InvestigatorKey.load(keystore, keystorePassword));
        return export.export(caseFile, target, key, options);
    }
}
