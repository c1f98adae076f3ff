package org.spoor.app.ui.review;

import java.nio.file.Path;
import java.time.LocalDate;

import org.spoor.app.bundle.BundleFixture;
import org.spoor.app.bundle.BundleOptions;
import org.spoor.app.bundle.CasePackExport;
import org.spoor.casefile.CaseFile;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.sign.SelfSignedKeystore;

/** A real case pack of the bundle fixture case (Vietnamese seizure record, a photo, a phone), signed. */
final class ReviewPacks {

    private ReviewPacks() {
    }

    static Path export(Path dir, char[] transferPassword) throws Exception {
        BundleFixture.Built built = BundleFixture.create(dir.resolve("vay.spoor"));
        InvestigatorKey key = SelfSignedKeystore.create(dir.resolve("lan.p12"), "Nguyễn Thị Lan", "Hà Tĩnh",
                "store pass".toCharArray());
        Path pack = dir.resolve("vay.spoorpack");
        try (CaseFile opened = CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(),
                BundleFixture.options())) {
            new CasePackExport().export(opened, pack, key, true, transferPassword,
                    BundleOptions.on(LocalDate.of(2026, 3, 20)));
        }
        return pack;
    }
}
