package org.spoor.app.ui.reports;

import java.nio.file.Path;

import org.spoor.app.bundle.BundleOptions;
import org.spoor.app.bundle.CaseBundle;
import org.spoor.app.bundle.ExportedFile;

/** What the reports place asks of the open case: a preview of the bundle, and the export. */
public interface BundleService {

    /** The bundle as it would be written now (disclosure applied), without writing or auditing anything. */
    CaseBundle preview(BundleOptions options) throws Exception;

    /**
     * Writes the bundle, signed when a keystore is given, and audits the export.
     *
     * @param keystore a PKCS#12 file, or null for an unsigned bundle
     */
    ExportedFile export(Path target, Path keystore, char[] keystorePassword, BundleOptions options) throws Exception;
}
