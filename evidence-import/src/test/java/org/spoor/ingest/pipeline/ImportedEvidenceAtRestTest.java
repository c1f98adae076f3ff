package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.search.SearchIndex;
import org.spoor.search.SearchQuery;

/**
 * After an import, nothing distinctive of the evidence is readable anywhere in the case folder (database,
 * blobs, index, scratch) or left in the temp dir; and searches in the case's languages find their document.
 */
class ImportedEvidenceAtRestTest {

    private static final List<String> DOCUMENTS = List.of(
            "vi|Biên bản: thu giữ vảy tê tê tại cửa khẩu Cầu Treo, mã KINGFISHER-4471",
            "id|Sisik trenggiling disita di pelabuhan Tanjung Priok, kode KINGFISHER-4472",
            "es|Colmillos de jaguar incautados en Iquitos, código KINGFISHER-4473",
            "lo|ຍຶດເກັດລີ່ນຢູ່ດ່ານນ້ຳພາວ KINGFISHER-4474",
            "km|រឹបអូសស្រកាព្រូលនៅព្រំដែន KINGFISHER-4475",
            "mn|Замын-Үүд боомт дээр бөхөн эвэр хураав KINGFISHER-4476");

    @TempDir
    Path temp;

    @Test
    void importedEvidenceIsUnreadableAtRestAndFoundInEachLanguage() throws Exception {
        Path seized = Files.createDirectories(temp.resolve("seized"));
        for (String document : DOCUMENTS) {
            String[] parts = document.split("\\|");
            Files.writeString(seized.resolve(parts[0] + ".txt"), parts[1], StandardCharsets.UTF_8);
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long started = System.currentTimeMillis() - 1000;
        Path caseDir = temp.resolve("case.spoor");
        try (CaseFile caseFile = ImportFixtures.newCase(caseDir)) {
            assertThat(ImportFixtures.importInto(caseFile, seized).problems()).isEmpty();
        }
        try (CaseFile caseFile = ImportFixtures.open(caseDir);
             SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
            assertFound(index, "vay te te", "vi.txt");
            assertFound(index, "vảy tê tê", "vi.txt");
            assertFound(index, "trenggiling", "id.txt");
            assertFound(index, "colmillos jaguar", "es.txt");
            assertFound(index, "ເກັດລີ່ນ", "lo.txt");
            assertFound(index, "ស្រកា", "km.txt");
            assertFound(index, "бөхөн эвэр", "mn.txt");
        }
        for (Path root : List.of(caseDir, tmp)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(Files::isReadable)
                        .filter(f -> !f.startsWith(seized))
                        .filter(f -> f.startsWith(caseDir) || f.toFile().lastModified() >= started).toList()) {
                    byte[] bytes = readQuietly(file);
                    for (int i = 1; i <= 6; i++) {
                        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as("%s", file)
                                .doesNotContain("KINGFISHER-447" + i);
                    }
                }
            } catch (java.io.UncheckedIOException otherProcessesTempFiles) {
                // another process removed a temp file while we walked; the case folder is walked fully
            }
        }
    }

    private static void assertFound(SearchIndex index, String query, String fileName) {
        assertThat(index.search(SearchQuery.of(query)).hits()).as(query)
                .anySatisfy(hit -> assertThat(hit.fileName()).isEqualTo(fileName));
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.size(file) > 200_000_000 ? new byte[0] : Files.readAllBytes(file);
        } catch (java.io.IOException gone) {
            return new byte[0];
        }
    }
}
