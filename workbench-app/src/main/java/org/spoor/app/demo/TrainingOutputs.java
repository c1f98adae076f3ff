package org.spoor.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.spoor.app.bundle.BundleOptions;
import org.spoor.app.bundle.CaseBundleExport;
import org.spoor.app.bundle.CasePackExport;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.disclosure.ExhibitDisclosure;
import org.spoor.ingest.located.CaseLocations;
import org.spoor.ingest.located.CaseMapExport;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.basemap.BasemapLoader;
import org.spoor.mapping.export.MapExporter;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.RenderOptions;
import org.spoor.place.AreaEdits;
import org.spoor.reports.ReportsException;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.sign.SelfSignedKeystore;

/**
 * What the demo produces from the imported training case, as an investigator would at the end of a case:
 * the informant's note withheld, the map, the trainee's signing key, the signed bundle and the case pack.
 */
final class TrainingOutputs {

    private static final String INFORMANT_NOTE = "informant-note.txt";
    /** The area an investigator would draw around the Vinh warehouse: its photos and phone positions fall inside. */
    static final String WAREHOUSE_AREA = "Kho hàng gần ga Vinh";
    private static final String WAREHOUSE_OUTLINE =
            "POLYGON ((105.660 18.665, 105.700 18.665, 105.700 18.700, 105.660 18.700, 105.660 18.665))";

    private final Path folder;

    TrainingOutputs(Path folder) {
        this.folder = folder;
    }

    Map<String, String> produce(CaseFile training, char[] password)
            throws IOException, ReportsException, CaseException {
        withholdInformantMaterial(training);
        AreaEdits.of(training).create(WAREHOUSE_AREA, "Hùng's phone was here on 15/03; the driver's photos of"
                + " 13/03 were taken here (training)", WAREHOUSE_OUTLINE);
        Map<String, String> outputs = new LinkedHashMap<>();
        MapModel model = new CaseLocations(new GazetteerLoader().load()).model(training);
        MapRenderer renderer = new MapRenderer(new BasemapLoader().load());
        CaseMapExport maps = new CaseMapExport(new MapExporter(renderer, RenderOptions.standard()));
        for (String name : new String[] {"training-map.png", "training-map.geojson"}) {
            Path out = folder.resolve(name);
            maps.export(training, model, out);
            outputs.put("map " + name.substring(name.lastIndexOf('.') + 1), out.toAbsolutePath().toString());
        }
        Path keystore = folder.resolve("training-investigator.p12");
        Files.deleteIfExists(keystore);
        InvestigatorKey key = SelfSignedKeystore.create(keystore, "Trainee investigator",
                "Environmental Police, Hà Tĩnh (training)", password);
        outputs.put("signing key (PKCS#12, case password)", keystore.toAbsolutePath().toString());
        BundleOptions options = new BundleOptions("People's Procuracy of Hà Tĩnh (training)",
                BundleOptions.DEFAULT_BANNER, "Training case: a pangolin-scale route from Lao PDR through Cầu Treo.",
                LocalDate.ofInstant(training.clock().instant(), ZoneId.of("Asia/Ho_Chi_Minh")));
        Path bundle = folder.resolve("training-bundle.pdf");
        // One exporter for both: it loads the basemap and gazetteer once, not once per file.
        CaseBundleExport bundles = new CaseBundleExport();
        bundles.export(training, bundle, Optional.of(key), options);
        outputs.put("signed bundle", bundle.toAbsolutePath().toString());
        Path pack = folder.resolve("training-case.spoorpack");
        new CasePackExport(bundles).export(training, pack, key, true, null, options);
        outputs.put("case pack", pack.toAbsolutePath().toString());
        return outputs;
    }

    private static void withholdInformantMaterial(CaseFile training) {
        for (Exhibit exhibit : training.exhibits().all()) {
            if (exhibit.originalName().equals(INFORMANT_NOTE) && exhibit.disclosure() != Disclosure.INFORMANT) {
                ExhibitDisclosure.mark(training, exhibit.id(), Disclosure.INFORMANT,
                        "identifies source CHIS-17 (training)");
            }
        }
    }
}
