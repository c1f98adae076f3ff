package org.spoor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.crypto.SecretBytes;
import org.spoor.search.store.EncryptedDirectory;

/** The case index as a real case stores it: through the encrypted directory. */
class EncryptedSearchIndexTest {

    @TempDir
    Path folder;

    private final SecretBytes key = SecretBytes.random(32);

    @AfterEach
    void wipeKey() {
        key.close();
    }

    @Test
    void everyLanguageIsFoundAfterReopeningTheEncryptedIndex() throws IOException {
        try (EncryptedDirectory dir = new EncryptedDirectory(folder, key); SearchIndex index = new SearchIndex(dir)) {
            for (IndexedItem item : SeizedItems.ALL) {
                index.index(item);
            }
            index.commit();
        }
        try (EncryptedDirectory dir = new EncryptedDirectory(folder, key); SearchIndex index = new SearchIndex(dir)) {
            assertThat(firstId(index, "vay te te")).isEqualTo(1L);
            assertThat(firstId(index, "trengg*")).isIn(4L, 5L);
            assertThat(firstId(index, "pangolim~")).isEqualTo(6L);
            assertThat(firstId(index, "ງາຊ້າງ")).isEqualTo(7L);
            assertThat(firstId(index, "ខ្លាដំបង")).isEqualTo(8L);
            assertThat(firstId(index, "นอแรด")).isEqualTo(9L);
            assertThat(firstId(index, "\"хирсний эвэр\"")).isEqualTo(10L);
            assertThat(index.search(SearchQuery.of("vảy")).hits().get(0).snippet().marked()).contains("«vảy»");
        }
    }

    @Test
    void noIndexedWordIsReadableInTheIndexFiles() throws IOException {
        try (EncryptedDirectory dir = new EncryptedDirectory(folder, key); SearchIndex index = new SearchIndex(dir)) {
            for (IndexedItem item : SeizedItems.ALL) {
                index.index(item);
            }
            index.commit();
        }
        List<String> secrets = List.of("trenggiling", "pangolin", "vảy tê tê", "Tanjung Priok", "Nguyễn Văn An",
                "ງາຊ້າງ", "хирсний", "bien-ban-thu-giu");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    String encoded = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                    assertThat(bytes).as("%s in %s", secret, file.getFileName()).doesNotContain(encoded);
                }
            }
        }
    }

    private static long firstId(SearchIndex index, String query) {
        return index.search(SearchQuery.of(query)).hits().get(0).exhibitId();
    }
}
