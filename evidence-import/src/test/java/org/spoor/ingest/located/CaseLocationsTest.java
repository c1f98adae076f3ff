package org.spoor.ingest.located;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.Location;
import org.spoor.comms.LocationRepository;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.exhibit.Exhibit;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapException;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.Route;
import org.spoor.mapping.basemap.BasemapLoader;
import org.spoor.mapping.export.MapExporter;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.testsupport.Corpus;

/**
 * A real case (real import, Tika, entity extraction) with a GPS photo, coordinates in a note, a
 * seizure place and phone locations; its map is collected and exported, and GDAL reads the files back.
 */
class CaseLocationsTest {

    @TempDir
    static Path temp;

    private static CaseFile caseFile;
    private static List<LocatedItem> items;
    private static Exhibit note;

    @BeforeAll
    static void buildCase() throws Exception {
        Path raid = Files.createDirectories(temp.resolve("raid"));
        Files.copy(Corpus.tika("testJPEG_GEO_2.jpg"), raid.resolve("testJPEG_GEO_2.jpg"));
        Files.writeString(raid.resolve("so-tay.txt"), "Điểm hẹn giao hàng: 18.3860, 105.1550 lúc 22h",
                StandardCharsets.UTF_8);
        caseFile = LocatedCase.create(temp.resolve("vay.spoor"));
        assertThat(LocatedCase.importInto(caseFile, "Cửa khẩu Cầu Treo, Hà Tĩnh", raid).problems()).isEmpty();
        note = caseFile.exhibits().all().stream().filter(e -> e.originalName().equals("so-tay.txt")).findFirst()
                .orElseThrow();
        // A phone's records as the phone parsers write them, cited against an exhibit of the case.
        LocationRepository locations = new LocationRepository(caseFile.db());
        locations.add(fix(note, "fix:3", 18.70, 105.60, "2026-03-12T10:00:00Z", "gps"));
        locations.add(fix(note, "fix:1", 18.40, 105.20, "2026-03-12T08:00:00Z", "gps"));
        locations.add(fix(note, "model:42", 18.55, 105.40, "2026-03-12T09:00:00Z", "Google Maps"));
        locations.add(fix(note, "message:_id=4", 17.9757, 102.6331, "2026-03-12T08:30:00Z",
                "WhatsApp shared location"));
        items = new CaseLocations(new GazetteerLoader().load()).items(caseFile);
    }

    @AfterAll
    static void closeCase() throws IOException {
        caseFile.close();
    }

    private static Location fix(Exhibit source, String locator, double lat, double lon, String at, String origin) {
        return new Location(null, SourceRef.of(source.id(), locator), lat, lon, RecordedTime.utc(Instant.parse(at)),
                null, origin, null);
    }

    private static List<LocatedItem> ofKind(String kind) {
        return items.stream().filter(i -> i.point().kind().equals(kind)).toList();
    }

    @Test
    void everyKindOfLocatedItemIsCollectedOnce() {
        assertThat(items).extracting(i -> i.point().kind()).containsExactlyInAnyOrder("seizure", "photo",
                "phone_location", "phone_location", "ufdr_location", "shared_location", "text");
        assertThat(items).extracting(i -> i.point().id()).doesNotHaveDuplicates();
    }

    @Test
    void aPhotoLandsAtItsExifPositionAndNamesItsFileAndCamera() {
        LocatedItem photo = ofKind("photo").get(0);
        assertThat(photo.point().lat()).isCloseTo(51.575762, within(1e-6));
        assertThat(photo.point().lon()).isCloseTo(-1.567886, within(1e-6));
        assertThat(photo.point().time()).isNotNull();
        assertThat(photo.exhibitName()).isEqualTo("testJPEG_GEO_2.jpg");
        assertThat(photo.point().label()).contains("testJPEG_GEO_2.jpg", "Nexus S");
        assertThat(photo.point().sourceRef()).isEqualTo(photo.exhibitRef()).startsWith("SPR-");
    }

    @Test
    void coordinatesWrittenInANoteLandWhereTheySayAndCiteTheNote() {
        LocatedItem text = ofKind("text").get(0);
        assertThat(text.point().lat()).isCloseTo(18.386, within(1e-6));
        assertThat(text.point().lon()).isCloseTo(105.155, within(1e-6));
        assertThat(text.point().label()).contains("18.3860");
        assertThat(text.exhibitId()).isEqualTo(note.id());
        assertThat(text.point().sourceRef()).as("the note itself, no row inside it").isEqualTo(note.ref());
        assertThat(text.track()).isNull();
    }

    @Test
    void theSeizurePlaceIsGeocodedWithItsConfidenceAndTheExhibitsSeizedThere() {
        LocatedItem cauTreo = ofKind("seizure").get(0);
        assertThat(cauTreo.point().lat()).isCloseTo(18.386, within(0.01));
        assertThat(cauTreo.point().label()).contains("≈ Cầu Treo", "border gate", "%", "[2]");
        assertThat(cauTreo.point().sourceRef()).matches("SPR-\\d{4}, SPR-\\d{4}");
        assertThat(cauTreo.point().time()).isEqualTo(LocatedCase.SEIZED);
    }

    @Test
    void aPhonesFixesBecomeOneRouteInTimeOrderWithoutTheLocationSharedInAChat() {
        List<Route> routes = CaseLocations.routes(items);
        assertThat(routes).singleElement().satisfies(route -> {
            assertThat(route.label()).isEqualTo(note.ref() + " so-tay.txt");
            assertThat(route.stops()).extracting(EvidencePoint::lat).containsExactly(18.40, 18.55, 18.70);
        });
        LocatedItem shared = ofKind("shared_location").get(0);
        assertThat(shared.point().sourceRef()).isEqualTo(note.ref() + "/message:_id=4");
        assertThat(shared.point().label()).isEqualTo("WhatsApp shared location");
    }

    @Test
    void geoJsonKmlAndGeoPackageExportsAreReadByOgrWithEveryItemAndTheExportIsAudited() throws Exception {
        MapModel model = CaseLocations.model(caseFile.details().title(), items);
        CaseMapExport export = new CaseMapExport(new MapExporter(new BasemapLoader().load()));
        for (String name : List.of("map.geojson", "map.kml", "map.gpkg")) {
            Path out = temp.resolve(name);
            export.export(caseFile, model, out);
            String info = ogrinfo(out);
            assertThat(featureCount(info)).as(name).isEqualTo(items.size() + 1);
            assertThat(info).as(name).contains(note.ref() + "/message:_id=4").contains("≈ Cầu Treo");
            AuditEntry entry = caseFile.audit().newest(0, 1).get(0);
            assertThat(entry.action()).isEqualTo("case.exported");
            assertThat(entry.details()).contains("\"file\":\"" + name + "\"").contains("\"format\":\""
                    + CaseMapExport.format(out) + "\"");
        }
    }

    @Test
    void anUnknownExtensionIsRefusedAndNothingIsRecorded() {
        MapModel model = CaseLocations.model("x", items);
        long before = caseFile.audit().head().seq();
        CaseMapExport export = new CaseMapExport(new MapExporter(new BasemapLoader().load()));
        assertThatThrownBy(() -> export.export(caseFile, model, temp.resolve("map.shp")))
                .isInstanceOf(MapException.class)
                .satisfies(e -> assertThat(((MapException) e).messageKey()).isEqualTo("map.export.unsupported"));
        assertThat(caseFile.audit().head().seq()).isEqualTo(before);
    }

    private static String ogrinfo(Path file) throws Exception {
        Process p = new ProcessBuilder("ogrinfo", "-al", "-ro", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Sum of "Feature Count: n" over the layers ogrinfo lists. */
    private static int featureCount(String info) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(info);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        return total;
    }
}
