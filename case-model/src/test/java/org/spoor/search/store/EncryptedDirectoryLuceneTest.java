package org.spoor.search.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.crypto.SecretBytes;

/** A real index written, merged, committed and searched through the encrypted directory. */
class EncryptedDirectoryLuceneTest {

    private static final String MARKER = "pangolinscalesxq";
    private static final String STORED = "Shipment of 300 kg scales via Hai Phong, contact Nguyen";

    @TempDir
    Path dir;

    private final SecretBytes key = SecretBytes.random(32);

    private static IndexWriterConfig config() {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setMaxBufferedDocs(50); // many small segments, so merges happen
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(2);
        config.setMergePolicy(merges);
        config.setUseCompoundFile(false);
        return config;
    }

    private static Document doc(int i) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        doc.add(new TextField("body", "ledger entry " + i + " " + (i % 7 == 0 ? MARKER : "tortoise") + " "
                + STORED, Field.Store.YES));
        doc.add(new IntPoint("year", 2000 + i % 25));
        doc.add(new NumericDocValuesField("weight", i));
        return doc;
    }

    @Test
    void anIndexSurvivesCommitsMergesDeletesAndReopening() throws IOException {
        try (EncryptedDirectory directory = new EncryptedDirectory(dir, key);
             IndexWriter writer = new IndexWriter(directory, config())) {
            for (int i = 0; i < 700; i++) {
                writer.addDocument(doc(i));
                if (i % 200 == 199) {
                    writer.commit();
                }
            }
            writer.deleteDocuments(new Term("id", "7"));
            writer.commit();
            writer.forceMerge(1);
            writer.commit();
        }
        try (EncryptedDirectory directory = new EncryptedDirectory(dir, key);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(reader.numDocs()).isEqualTo(699);
            assertThat(reader.leaves()).hasSize(1);
            TopDocs marked = searcher.search(new TermQuery(new Term("body", MARKER)), 1000);
            assertThat(marked.totalHits.value).isEqualTo(99); // 0, 7, 14, ... 693 minus the deleted 7
            assertThat(searcher.search(new PhraseQuery("body", "hai", "phong"), 10).totalHits.value).isEqualTo(699);
            assertThat(searcher.search(IntPoint.newRangeQuery("year", 2003, 2003), 1000).totalHits.value)
                    .isEqualTo(28);
            Document first = searcher.storedFields().document(marked.scoreDocs[0].doc);
            assertThat(first.get("body")).contains(STORED);
        }
    }

    @Test
    void checkIndexFindsTheEncryptedIndexClean() throws IOException {
        try (EncryptedDirectory directory = new EncryptedDirectory(dir, key)) {
            try (IndexWriter writer = new IndexWriter(directory, config())) {
                for (int i = 0; i < 300; i++) {
                    writer.addDocument(doc(i));
                }
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                CheckIndex.Status status = check.checkIndex();
                assertThat(status.clean).as(log.toString(StandardCharsets.UTF_8)).isTrue();
            }
        }
    }

    @Test
    void noTermOrStoredTextOfTheIndexIsReadableOnDisk() throws IOException {
        try (EncryptedDirectory directory = new EncryptedDirectory(dir, key);
             IndexWriter writer = new IndexWriter(directory, config())) {
            for (int i = 0; i < 300; i++) {
                writer.addDocument(doc(i));
            }
            writer.commit();
            writer.forceMerge(1);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThan(3);
        for (Path file : files) {
            String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(raw).as(file.toString()).doesNotContain(MARKER).doesNotContain("tortoise")
                    .doesNotContain("Hai Phong").doesNotContain("Nguyen").doesNotContain("ledger");
        }
    }

    @Test
    void theIndexCannotBeOpenedWithAnotherKey() throws IOException {
        try (EncryptedDirectory directory = new EncryptedDirectory(dir, key);
             IndexWriter writer = new IndexWriter(directory, config())) {
            writer.addDocument(doc(1));
        }
        try (SecretBytes other = SecretBytes.random(32);
             EncryptedDirectory directory = new EncryptedDirectory(dir, other)) {
            assertThatThrownBy(() -> DirectoryReader.open(directory)).isInstanceOf(IOException.class);
        }
    }
}
