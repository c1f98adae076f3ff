package org.spoor.app.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javafx.stage.Window;

import org.spoor.app.ui.importing.PathChooser;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.ingest.extract.ExtractionSettings;
import org.spoor.ingest.pipeline.EvidenceImport;
import org.spoor.ingest.pipeline.ImportProgress;
import org.spoor.ingest.pipeline.ImportRequest;
import org.spoor.search.SearchIndex;
import org.spoor.search.watch.WatchListRepository;
import org.spoor.testsupport.Corpus;

/**
 * Seized files for looking at the evidence, search and import screens by eye: the training case's documents in
 * Vietnamese, Lao, Khmer, Mongolian and Spanish, a zip with documents inside (lineage) and a password-protected
 * workbook (a named problem), imported through the real pipeline.
 */
public final class EvidenceLookData {

    private static final String TRAINING = "/org/spoor/app/demo/training/";
    /** Training files and the names they are seized under: names in the scripts the table must draw. */
    private static final Map<String, String> DOCUMENTS = Map.of("bien-ban-thu-giu.txt", "biên-bản-thu-giữ.txt",
            "lao-report.txt", "ບົດລາຍງານ-ລາວ.txt", "khmer-report.txt", "របាយការណ៍-ខ្មែរ.txt",
            "mongol-tailan.txt", "монгол-тайлан.txt", "informe-incautacion.txt", "informe-incautación.txt",
            "shipping-manifest.txt", "shipping-manifest.txt", "so-ghi-chep.csv", "sổ-ghi-chép.csv",
            "kho-vinh.jpg", "kho-vinh.jpg");
    private static final List<String> CORPUS = List.of("test-documents.zip", "protectedFile.xlsx");

    private EvidenceLookData() {
    }

    /** Copies the seized files into {@code bag} and returns them. */
    public static List<Path> seizedFiles(Path bag) throws IOException {
        Files.createDirectories(bag);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> document : new TreeMap<>(DOCUMENTS).entrySet()) {
            try (InputStream in = EvidenceLookData.class.getResourceAsStream(TRAINING + document.getKey())) {
                if (in != null) {
                    Path file = bag.resolve(document.getValue());
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    files.add(file);
                }
            }
        }
        for (String name : CORPUS) {
            Path file = Corpus.tika(name);
            if (Files.exists(file)) {
                files.add(Files.copy(file, bag.resolve(name), StandardCopyOption.REPLACE_EXISTING));
            }
        }
        return files;
    }

    /** Imports the files into the open case, as the wizard would. */
    public static void importInto(CaseFile caseFile, List<Path> files) throws IOException {
        // Saved before the import, so the import checks every item against it and the watch screen has hits.
        new WatchListRepository(caseFile.db(), caseFile.clock()).save("Vinh network",
                List.of("0912345678", "vảy tê tê", "Manis javanica", "ລີ່ນ"));
        try (SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
            new EvidenceImport(caseFile, index, ExtractionSettings.defaults()
                    .withWorkerTempDir(caseFile.folder().scratch()), 2)
                    .run(new ImportRequest(files, new SeizureFacts("Kho hàng Vinh, Nghệ An",
                            Instant.parse("2024-03-14T22:40:00Z"), "VN-44-0192", "Trần Thị Hoa"), "VN"),
                            ImportProgress.NONE);
        }
    }

    /** A chooser that "chooses" the given files, for the import screen. */
    public static PathChooser chooser(List<Path> files) {
        return new PathChooser() {
            @Override
            public List<Path> chooseFiles(Window owner, String title) {
                return files;
            }

            @Override
            public List<Path> chooseFolder(Window owner, String title) {
                return Optional.ofNullable(files.isEmpty() ? null : files.get(0).getParent()).stream().toList();
            }
        };
    }
}
