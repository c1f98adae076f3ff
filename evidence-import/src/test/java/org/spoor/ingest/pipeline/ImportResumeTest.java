package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.verify.CaseVerifier;
import org.spoor.exhibit.Exhibit;
import org.spoor.testsupport.Corpus;

/**
 * An import killed with SIGKILL midway and started again with the same command continues: the case
 * ends with exactly the exhibits and hashes of a clean import, nothing duplicated, nothing lost.
 */
class ImportResumeTest {

    @TempDir
    Path temp;

    @Test
    void aKilledImportResumesToTheSameExhibitsAsACleanOne() throws Exception {
        Path seized = seizedFolder();
        Path interrupted = temp.resolve("interrupted.spoor");
        ImportFixtures.newCase(interrupted).close();
        int filesDoneBeforeKill = importInChildAndKillAfter(interrupted, seized, 3);
        assertThat(filesDoneBeforeKill).isGreaterThanOrEqualTo(3);

        ImportReport resumed;
        List<String> afterResume;
        try (CaseFile caseFile = ImportFixtures.open(interrupted)) {
            resumed = ImportFixtures.importInto(caseFile, seized);
            afterResume = fingerprint(caseFile);
            assertThat(new CaseVerifier(caseFile).verify(CaseVerifier.VerificationProgress.NONE).problems()).isEmpty();
        }
        assertThat(resumed.resumed()).isGreaterThanOrEqualTo(filesDoneBeforeKill - 1);

        Path clean = temp.resolve("clean.spoor");
        try (CaseFile caseFile = ImportFixtures.newCase(clean)) {
            ImportFixtures.importInto(caseFile, seized);
            assertThat(afterResume).containsExactlyElementsOf(fingerprint(caseFile));
        }
    }

    private Path seizedFolder() throws Exception {
        Path seized = Files.createDirectories(temp.resolve("seized"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(seized.resolve("note-" + i + ".txt"), "Ghi chép số " + i + ": vảy tê tê " + (i * 10)
                    + " kg, liên hệ 0912 345 67" + i);
        }
        Files.copy(Corpus.tika("moby.zip"), seized.resolve("moby.zip"));
        Files.copy(Corpus.tika("EmbeddedPDF.docx"), seized.resolve("EmbeddedPDF.docx"));
        return seized;
    }

    /** Exhibits as (path, sha256), sorted: what must be equal between a resumed and a clean import. */
    private static List<String> fingerprint(CaseFile caseFile) {
        return caseFile.exhibits().all().stream().map(e -> e.originalPath() + " " + e.sha256()).sorted().toList();
    }

    private static int importInChildAndKillAfter(Path caseDir, Path seized, int files) throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", ImportingChild.class.getName(),
                caseDir.toString(), seized.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int done = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("FILE ")) {
                    done = Integer.parseInt(line.substring(5));
                    if (done >= files) {
                        child.destroyForcibly(); // SIGKILL, mid-import
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // The killed child's Tika worker JVM dies with it (it watches its parent's stdin).
        return done;
    }
}
