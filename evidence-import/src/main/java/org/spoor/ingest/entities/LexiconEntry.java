package org.spoor.ingest.entities;

/** One row of the species lexicon: a term in one language for a CITES-listed taxon or its parts. */
public record LexiconEntry(String taxon, String scientificName, String citesAppendix, String language, String term,
        String kind, String source) {
}
