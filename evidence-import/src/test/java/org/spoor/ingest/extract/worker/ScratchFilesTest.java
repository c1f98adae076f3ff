package org.spoor.ingest.extract.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFilesTest {

    @Test
    void hostileEntryNamesGetGeneratedNamesInsideTheFolder(@TempDir Path folder) throws IOException {
        ScratchFiles scratch = new ScratchFiles(folder);

        Path climbing = scratch.newFile("../../evil.txt");
        Path absolute = scratch.newFile("/tmp/x");
        Path windows = scratch.newFile("C:\\Windows\\system32\\evil.dll");
        Path odd = scratch.newFile("report.p<d>f");

        assertThat(climbing).hasParent(folder.toAbsolutePath().normalize()).hasFileName("e000001.txt");
        assertThat(absolute).hasParent(folder.toAbsolutePath().normalize()).hasFileName("e000002");
        assertThat(windows).hasFileName("e000003.dll");
        assertThat(odd).hasFileName("e000004");
    }

    @Test
    void aNumberAlreadyTakenInTheFolderIsSkipped(@TempDir Path folder) throws IOException {
        Files.createFile(folder.resolve("e000001.pdf"));

        assertThat(new ScratchFiles(folder).newFile("a.pdf")).hasFileName("e000002.pdf");
    }
}
