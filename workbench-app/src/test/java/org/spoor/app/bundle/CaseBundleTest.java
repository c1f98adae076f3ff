package org.spoor.app.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.ImageContent;
import org.spoor.reports.bundle.model.MessageThread;
import org.spoor.reports.bundle.model.PersonRow;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.sign.SelfSignedKeystore;

/** The case → bundle adapter and export on a real encrypted case, checked with qpdf, pdftotext and pdfsig. */
class CaseBundleTest {

    @TempDir
    static Path temp;
    static BundleFixture.Built built;
    static CaseBundle adapted;
    static Path unsigned;
    static ExportedFile exported;
    static Path signed;
    static List<AuditEntry> audit;

    @BeforeAll
    static void exportTheFixtureCase() throws Exception {
        built = BundleFixture.create(temp.resolve("vay.spoor"));
        unsigned = temp.resolve("bundle.pdf");
        signed = temp.resolve("bundle-signed.pdf");
        InvestigatorKey key = SelfSignedKeystore.create(temp.resolve("lan.p12"), "Nguyễn Thị Lan", "Hà Tĩnh",
                "store pass".toCharArray());
        CaseBundleExport export = new CaseBundleExport();
        try (CaseFile c = CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(), BundleFixture.options())) {
            adapted = export.adapter().adapt(c, BundleOptions.on(LocalDate.of(2026, 3, 14)));
            exported = export.export(c, unsigned, Optional.empty(), BundleOptions.on(LocalDate.of(2026, 3, 14)));
            export.export(c, signed, Optional.of(key), BundleOptions.on(LocalDate.of(2026, 3, 14)));
            audit = c.audit().after(0, 10_000);
        }
    }

    @Test
    void theRequestHoldsOnlyDisclosedExhibitsAndAnonymousCountsOfTheWithheld() {
        List<ExhibitEntry> entries = adapted.request().exhibits();
        assertThat(entries.stream().filter(ExhibitEntry::disclosable).map(ExhibitEntry::ref))
                .containsExactlyElementsOf(built.disclosed().stream().map(Exhibit::ref).toList());
        assertThat(adapted.withheld(Disclosure.INFORMANT)).isEqualTo(2);
        List<ExhibitEntry> withheld = entries.stream().filter(e -> !e.disclosable()).toList();
        assertThat(withheld).hasSize(2).allSatisfy(e -> {
            assertThat(e.ref()).startsWith("WITHHELD-");
            assertThat(e.sha256()).isEmpty();
            assertThat(e.description()).isEmpty();
            assertThat(e.source()).isEmpty();
        });
        String everything = adapted.request().toString() + adapted.request().people() + adapted.request().timeline()
                + adapted.request().custody();
        assertThat(everything).doesNotContain(built.informant().ref(), built.informantChild().ref(),
                built.informant().sha256(), built.informantChild().sha256(), "XYZZY", "CHILD-SECRET",
                BundleFixture.INFORMANT_PHONE);
    }

    @Test
    void photosCarryTheirExifAndPhonesBecomeTranscriptsWithLocalTimesAndSources() {
        ExhibitEntry photo = entry("IMG_0042.jpg");
        assertThat(photo.content()).isInstanceOf(ImageContent.class);
        assertThat(((ImageContent) photo.content()).exif()).containsKey("GPS position")
                .containsEntry("Camera", "Samsung SM-A515F");
        MessageThread thread = (MessageThread) entry("msgstore.db").content();
        assertThat(thread.lines()).hasSize(3);
        // Stored as bare UTC: shown in Viet Nam's zone; the recorded +07:00 offset is kept as written.
        assertThat(thread.lines()).allSatisfy(l -> assertThat(l.localTime().getOffset().getId()).isEqualTo("+07:00"));
        assertThat(thread.lines().get(0).source()).contains("message:_id=17");
        assertThat(thread.lines()).anySatisfy(l -> assertThat(l.text()).startsWith("[call] outgoing"));
        assertThat(adapted.request().map()).isPresent();
    }

    @Test
    void speciesFoundInAnExhibitIsSuggestedForTheSpeciesElementAndPeopleComeOnlyFromDisclosedExhibits() {
        String recordRef = built.disclosed().get(0).ref();
        assertThat(adapted.request().offenceLinks()).anySatisfy(link -> {
            assertThat(link.elementId()).isEqualTo("VN-PC-244.species");
            assertThat(link.exhibitRefs()).containsExactly(recordRef);
        });
        assertThat(adapted.request().summary().summary()).contains("suggested by Spoor");
        assertThat(adapted.request().people()).extracting(PersonRow::name).contains("Nguyễn Văn A");
        assertThat(adapted.request().people()).flatExtracting(PersonRow::numbers).containsExactly("+84 912 000 111");
    }

    @Test
    void theMapPlotsDisclosedPositionsOnlyAndCarriesNoLabels() throws Exception {
        try (CaseFile c = CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(), BundleFixture.options())) {
            org.spoor.mapping.MapModel model = new CaseMap(() -> new org.spoor.mapping.basemap.BasemapLoader().load(),
                    () -> new org.spoor.mapping.gazetteer.GazetteerLoader().load())
                    .model(c, new DisclosureScope(c.exhibits().all()));
            assertThat(model.points()).anySatisfy(p -> assertThat(p.lat()).isEqualTo(18.396));
            assertThat(model.points()).noneSatisfy(p -> assertThat(p.lat()).isEqualTo(BundleFixture.INFORMANT_LAT));
            assertThat(model.points()).allSatisfy(p -> {
                assertThat(p.label()).isEmpty();
                assertThat(p.sourceRef()).isEmpty();
            });
        }
    }

    @Test
    void theBundlePassesQpdfAndShowsEveryIncludedHashAndTheVietnameseText() throws Exception {
        assertThat(PdfTools.run("qpdf", "--check", unsigned.toString()).exitCode()).isZero();
        String text = PdfTools.text(unsigned);
        for (Exhibit exhibit : built.disclosed()) {
            assertThat(text).contains(exhibit.sha256()).contains(exhibit.ref());
        }
        assertThat(text).contains(BundleFixture.VIETNAMESE).contains(BundleFixture.CHAT_TEXT);
    }

    @Test
    void informantMaterialIsAbsentFromTheTextAndTheBytesOfThePdf() throws Exception {
        for (Path pdf : List.of(unsigned, signed)) {
            String text = PdfTools.text(pdf);
            String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            String decompressed = PdfTools.uncompressed(pdf, temp);
            for (String secret : List.of(built.informant().ref(), built.informantChild().ref(),
                    built.informant().sha256(), built.informantChild().sha256(), built.informant().md5(),
                    "XYZZY-INFORMANT-7731", "CHILD-SECRET-4410", "nguon-tin", BundleFixture.INFORMANT_PHONE)) {
                assertThat(text).doesNotContain(secret);
                assertThat(bytes).doesNotContain(secret);
                assertThat(decompressed).doesNotContain(secret);
            }
            assertThat(text).contains("informant material");
        }
    }

    @Test
    void theSignedBundleIsValidForPdfsig() throws Exception {
        PdfTools.Result result = PdfTools.run("pdfsig", signed.toString());
        assertThat(result.out()).contains("Signature is Valid").contains("Nguyễn Thị Lan");
    }

    @Test
    void theExportAndEachExhibitShownAreAudited() throws Exception {
        List<AuditEntry> exports = audit.stream().filter(e -> e.action().equals("bundle.exported")).toList();
        assertThat(exports).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(exports.get(0).details());
        assertThat(first.path("sha256").asText()).isEqualTo(exported.sha256());
        assertThat(first.path("withheld").path("INFORMANT").asInt()).isEqualTo(2);
        assertThat(first.path("exhibits").toString()).doesNotContain(built.informant().ref());
        assertThat(audit.stream().filter(e -> e.action().equals("exhibit.viewed.in.bundle"))
                .map(AuditEntry::subject).distinct())
                .containsExactlyInAnyOrderElementsOf(built.disclosed().stream().map(Exhibit::ref).toList());
        assertThat(audit.stream().filter(e -> e.action().equals("exhibit.viewed.in.bundle")))
                .noneMatch(e -> e.subject().equals(built.informant().ref()));
    }

    private static ExhibitEntry entry(String originalName) {
        String ref = built.disclosed().stream().filter(e -> e.originalName().equals(originalName)).findFirst()
                .orElseThrow().ref();
        return adapted.request().exhibits().stream().filter(e -> e.ref().equals(ref)).findFirst().orElseThrow();
    }
}
