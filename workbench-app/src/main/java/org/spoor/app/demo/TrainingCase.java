package org.spoor.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.ingest.extract.ExtractionSettings;
import org.spoor.ingest.pipeline.EvidenceImport;
import org.spoor.ingest.pipeline.ImportProgress;
import org.spoor.ingest.pipeline.ImportRequest;
import org.spoor.search.SearchIndex;

/**
 * The bundled training case: a fictional pangolin-scale route from Lao PDR through Cầu Treo to Hải
 * Phòng, with seizures in Peru, Mongolia and Cambodia, in the languages investigators work in.
 * Mentors use it to teach; {@code spoor demo} builds it end to end.
 */
public final class TrainingCase {

    private static final String RESOURCES = "/org/spoor/app/demo/training/";
    private static final Instant SEIZED_AT = Instant.parse("2026-03-13T22:40:00Z");

    private final CaseOptions options;

    public TrainingCase(CaseOptions options) {
        this.options = options;
    }

    /** Progress of the build, in seized files. */
    @FunctionalInterface
    public interface Progress {
        void filesDone(int done, int total);
    }

    public record Result(Path caseDir, int exhibits, Map<String, String> outputs) {
    }

    public Result build(Path caseDir, char[] password, Progress progress)
            throws IOException, CaseException, org.spoor.reports.ReportsException {
        TrainingFolder.replaceEarlierBuild(caseDir);
        List<String[]> seized = index();
        Path seizedFolder = TrainingFolder.unpackSeizedFiles(caseDir.resolveSibling("training-seized-files"),
                seized.stream().map(row -> row[0]).toList());
        CaseDetails draft = CaseDetails.draft("Training: Operation Vảy — pangolin scales via Cầu Treo", "VN",
                "Trainee investigator", "Environmental Police, Hà Tĩnh (training)");
        try (CaseFile training = CaseFile.create(caseDir, draft, password, options);
             SearchIndex index = new SearchIndex(training.openIndexDirectory())) {
            EvidenceImport importer = new EvidenceImport(training, index, ExtractionSettings.defaults(), 2);
            int done = 0;
            // One import per seizure (place, seal, custodian), as an investigator would enter them.
            Map<List<String>, List<Path>> bySeizure = new LinkedHashMap<>();
            for (String[] row : seized) {
                bySeizure.computeIfAbsent(List.of(row[1], row[2], row[3]), k -> new ArrayList<>())
                        .add(seizedFolder.resolve(row[0]));
            }
            for (Map.Entry<List<String>, List<Path>> seizure : bySeizure.entrySet()) {
                List<String> facts = seizure.getKey();
                importer.run(new ImportRequest(seizure.getValue(),
                        new SeizureFacts(facts.get(0), SEIZED_AT, facts.get(1), facts.get(2)), "VN"),
                        ImportProgress.NONE);
                done += seizure.getValue().size();
                progress.filesDone(done, seized.size());
            }
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("case", caseDir.toAbsolutePath().toString());
            outputs.put("seized files", seizedFolder.toAbsolutePath().toString());
            outputs.putAll(new TrainingOutputs(caseDir.toAbsolutePath().getParent()).produce(training, password));
            return new Result(caseDir, training.exhibits().count(), outputs);
        }
    }

    private static List<String[]> index() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource("index.txt"),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|"));
                }
            }
        }
        return rows;
    }

    static InputStream resource(String name) {
        InputStream in = TrainingCase.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Training file missing from the build: " + name));
        }
        return in;
    }

    /** Where the bundled files are, for tests. */
    public static List<String> fileNames() throws IOException {
        return index().stream().map(row -> row[0]).toList();
    }

}
