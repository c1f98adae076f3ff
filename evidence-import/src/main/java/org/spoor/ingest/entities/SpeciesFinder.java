package org.spoor.ingest.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/**
 * Species and commodity terms of the lexicon. Latin-script languages and Mongolian Cyrillic match
 * case- and accent-insensitively on word boundaries ("vay te te" finds "vảy tê tê"), except one-
 * syllable Vietnamese terms ("hổ", "rùa"), which folded would be other common words ("ho", "rua")
 * and so match with their diacritics. Lao, Khmer, Thai and Chinese are written without spaces
 * between words: their terms match exactly as written, anywhere.
 */
final class SpeciesFinder implements EntityFinder {

    private static final Set<String> UNSPACED_SCRIPTS = Set.of("lo", "km", "th", "zh", "ja");

    private final List<Term> folded = new ArrayList<>();
    private final List<Term> lowerCase = new ArrayList<>();
    private final List<Term> exact = new ArrayList<>();

    SpeciesFinder(SpeciesLexicon lexicon) {
        for (LexiconEntry e : lexicon.entries()) {
            if (UNSPACED_SCRIPTS.contains(e.language())) {
                exact.add(new Term(e.term(), e));
            } else if ("vi".equals(e.language()) && !e.term().contains(" ")) {
                lowerCase.add(new Term(e.term().toLowerCase(Locale.ROOT), e));
            } else {
                folded.add(new Term(TextFolding.fold(e.term()), e));
            }
        }
    }

    @Override
    public void find(String text, List<EntityMention> found) {
        TextFolding folding = TextFolding.of(text);
        for (Term t : folded) {
            for (int at = folding.folded().indexOf(t.text); at >= 0; at = folding.folded().indexOf(t.text, at + 1)) {
                if (onWordBoundaries(folding.folded(), at, at + t.text.length())) {
                    int start = folding.originalStart(at);
                    int end = folding.originalEnd(at + t.text.length());
                    found.add(mention(t.entry, text.substring(start, end), start, end));
                }
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Term t : lowerCase) {
            // Lower-casing Vietnamese keeps string length, so offsets carry over.
            for (int at = lower.indexOf(t.text); at >= 0; at = lower.indexOf(t.text, at + 1)) {
                if (lower.length() == text.length() && onWordBoundaries(lower, at, at + t.text.length())) {
                    found.add(mention(t.entry, text.substring(at, at + t.text.length()), at, at + t.text.length()));
                }
            }
        }
        for (Term t : exact) {
            for (int at = text.indexOf(t.text); at >= 0; at = text.indexOf(t.text, at + 1)) {
                found.add(mention(t.entry, t.text, at, at + t.text.length()));
            }
        }
    }

    private static boolean onWordBoundaries(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start));
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
        return before && after;
    }

    private static EntityMention mention(LexiconEntry e, String raw, int start, int end) {
        String display = e.taxon() + " (" + e.scientificName() + ", CITES " + e.citesAppendix() + ")";
        return EntityMention.inText(EntityType.SPECIES, e.scientificName(), display, raw, start, end);
    }

    private record Term(String text, LexiconEntry entry) {
    }
}
