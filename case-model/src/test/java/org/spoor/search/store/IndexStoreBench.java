package org.spoor.search.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.spoor.casefile.crypto.SecretBytes;

/**
 * Index and search through EncryptedDirectory against a plain NIOFSDirectory, same documents, same queries
 * (run by {@code bench/crypto/run index [docs]}). Reports indexing time and search latency p50/p99, both cold
 * (first pass over fresh readers) and warm.
 */
public final class IndexStoreBench {

    private static final String[] WORDS = buildVocabulary();

    private IndexStoreBench() {
    }

    public static void main(String[] args) throws IOException {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Files.createTempDirectory("spoor-index-bench");
        System.out.printf(Locale.ROOT, "%d documents of ~60 words, %d cores%n", docs,
                Runtime.getRuntime().availableProcessors());
        try (SecretBytes key = SecretBytes.random(32)) {
            for (int round = 0; round < 2; round++) {
                run("plain NIOFSDirectory", new NIOFSDirectory(work.resolve("plain" + round)), docs);
                run("EncryptedDirectory  ", new EncryptedDirectory(work.resolve("enc" + round), key), docs);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(String label, Directory directory, int docs) throws IOException {
        try (directory) {
            long t0 = System.nanoTime();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                Random random = new Random(1);
                for (int i = 0; i < docs; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                    doc.add(new TextField("body", sentence(random, 60), Field.Store.YES));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            long indexMs = (System.nanoTime() - t0) / 1_000_000;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                double[] cold = searchAll(searcher, 500, 7);
                double[] warm = searchAll(searcher, 2000, 8);
                System.out.printf(Locale.ROOT, "%s index %6d ms | search cold p50 %.2f ms p99 %.2f ms"
                        + " | warm p50 %.2f ms p99 %.2f ms%n", label, indexMs, cold[0], cold[1], warm[0], warm[1]);
            }
        }
    }

    private static double[] searchAll(IndexSearcher searcher, int queries, long seed) throws IOException {
        Random random = new Random(seed);
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            Query query = switch (i % 3) {
                case 0 -> new TermQuery(new Term("body", WORDS[random.nextInt(WORDS.length)]));
                case 1 -> new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("body", WORDS[random.nextInt(WORDS.length)])),
                                BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("body", WORDS[random.nextInt(WORDS.length)])),
                                BooleanClause.Occur.SHOULD)
                        .build();
                default -> new PrefixQuery(new Term("body", WORDS[random.nextInt(WORDS.length)].substring(0, 3)));
            };
            long t0 = System.nanoTime();
            for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                searcher.storedFields().document(hit.doc); // the hit list shows stored text
            }
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[queries / 2], millis[(int) (queries * 0.99)]};
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Zipf-like: a few common words, a long tail of rare ones, like real text
            int rank = (int) Math.min(WORDS.length - 1, Math.floor(Math.pow(WORDS.length, random.nextDouble())));
            text.append(WORDS[rank]).append(' ');
        }
        return text.toString();
    }

    private static String[] buildVocabulary() {
        Random random = new Random(42);
        String[] words = new String[50_000];
        for (int i = 0; i < words.length; i++) {
            char[] w = new char[4 + random.nextInt(6)];
            for (int j = 0; j < w.length; j++) {
                w[j] = (char) ('a' + random.nextInt(26));
            }
            words[i] = new String(w);
        }
        return words;
    }
}
