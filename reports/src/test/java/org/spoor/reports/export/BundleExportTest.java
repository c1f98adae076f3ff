package org.spoor.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.bundle.BundleWriter;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.sign.SelfSignedKeystore;
import org.spoor.reports.testing.SampleCase;
import org.spoor.reports.testing.Tools;

class BundleExportTest {

    @TempDir
    Path dir;

    @Test
    void aSignedExportLeavesOnlyTheSignedBundleAtTheTarget() throws Exception {
        char[] password = "pw".toCharArray();
        InvestigatorKey key = SelfSignedKeystore.create(dir.resolve("k.p12"), "Lt. Phạm Thu", "C05", password);
        Path target = dir.resolve("bundle.pdf");

        new BundleExport(new BundleWriter()).export(SampleCase.standard(), List.of(), target, Optional.of(key), "Hà Nội");

        assertThat(Tools.run(null, "pdfsig", target.toString()).out()).contains("Signature is Valid.");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("k.p12", "bundle.pdf");
        }
    }
}
