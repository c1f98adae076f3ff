package org.spoor.ingest.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The species and commodity lexicon: data, not code, so mentors can extend it. A UTF-8 TSV with
 * the columns {@code taxon, scientific_name, cites_appendix, language, term, kind, source}; lines
 * starting with '#' are comments. The bundled one covers the most trafficked CITES taxa.
 */
public final class SpeciesLexicon {

    static final String BUNDLED = "species-lexicon.tsv";
    private static final int COLUMNS = 7;

    private final List<LexiconEntry> entries;

    private SpeciesLexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static SpeciesLexicon bundled() {
        try (InputStream in = SpeciesLexicon.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled species lexicon is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SpeciesLexicon read(InputStream tsv) throws IOException {
        List<LexiconEntry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        boolean header = true;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < COLUMNS) {
                throw new IOException("species lexicon line has " + c.length + " columns, expected " + COLUMNS
                        + ": " + line);
            }
            entries.add(new LexiconEntry(c[0].trim(), c[1].trim(), c[2].trim(), c[3].trim(), c[4].trim(),
                    c[5].trim(), c[6].trim()));
        }
        return new SpeciesLexicon(entries);
    }

    public List<LexiconEntry> entries() {
        return entries;
    }
}
