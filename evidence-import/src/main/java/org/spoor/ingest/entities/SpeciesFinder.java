package org.spoor.ingest.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/**
 * Species and commodity terms of the lexicon. Latin-script languages and Mongolian Cyrillic match
 * case- and accent-insensitively on word boundaries ("vay te te" finds "vảy tê tê"), except one-
 * syllable Vietnamese terms ("hổ", "rùa"), which folded would be other common words ("ho", "rua")
 * and so match with their diacritics. Lao, Khmer, Thai and Chinese are written without spaces
 * between words: their terms match exactly as written, anywhere.
 *
 * <p>Terms are looked up by their first character at each place a term may start, not searched for one
 * by one through the text: a phone's million message bodies each met the whole lexicon before.
 */
final class SpeciesFinder implements EntityFinder {

    private static final Set<String> UNSPACED_SCRIPTS = Set.of("lo", "km", "th", "zh", "ja");

    private final Terms folded = new Terms();
    private final Terms lowerCase = new Terms();
    private final Terms exact = new Terms();

    SpeciesFinder(SpeciesLexicon lexicon) {
        int order = 0;
        for (LexiconEntry e : lexicon.entries()) {
            if (UNSPACED_SCRIPTS.contains(e.language())) {
                exact.add(new Term(e.term(), e, order++));
            } else if ("vi".equals(e.language()) && !e.term().contains(" ")) {
                lowerCase.add(new Term(e.term().toLowerCase(Locale.ROOT), e, order++));
            } else {
                folded.add(new Term(TextFolding.fold(e.term()), e, order++));
            }
        }
    }

    @Override
    public void find(String text, List<EntityMention> found) {
        List<Match> matches = new ArrayList<>();
        TextFolding folding = TextFolding.of(text);
        folded.matchOnWordBoundaries(folding.folded(), matches);
        for (Match m : matches) {
            int start = folding.originalStart(m.at);
            int end = folding.originalEnd(m.at + m.term.text.length());
            found.add(mention(m.term.entry, text.substring(start, end), start, end));
        }
        matches.clear();
        String lower = text.toLowerCase(Locale.ROOT);
        // Lower-casing Vietnamese keeps string length, so offsets carry over; where it does not, no match.
        if (lower.length() == text.length()) {
            lowerCase.matchOnWordBoundaries(lower, matches);
        }
        exact.matchAnywhere(text, matches);
        for (Match m : matches) {
            int end = m.at + m.term.text.length();
            found.add(mention(m.term.entry, text.substring(m.at, end), m.at, end));
        }
    }

    private static EntityMention mention(LexiconEntry e, String raw, int start, int end) {
        String display = e.taxon() + " (" + e.scientificName() + ", CITES " + e.citesAppendix() + ")";
        return EntityMention.inText(EntityType.SPECIES, e.scientificName(), display, raw, start, end);
    }

    /** A lexicon term as it is matched, and its place in the lexicon (matches are reported in that order). */
    private record Term(String text, LexiconEntry entry, int order) {
    }

    private record Match(Term term, int at) {
    }

    /** Terms by their first character. */
    private static final class Terms {
        private final Map<Character, List<Term>> byFirst = new HashMap<>();

        void add(Term term) {
            byFirst.computeIfAbsent(term.text.charAt(0), c -> new ArrayList<>()).add(term);
        }

        /** Every term occurring in {@code text} with no letter or digit just before or after it. */
        void matchOnWordBoundaries(String text, List<Match> matches) {
            int from = matches.size();
            for (int at = 0; at < text.length(); at++) {
                if (at > 0 && Character.isLetterOrDigit(text.codePointBefore(at))) {
                    continue;
                }
                List<Term> candidates = byFirst.get(text.charAt(at));
                if (candidates == null) {
                    continue;
                }
                for (Term t : candidates) {
                    int end = at + t.text.length();
                    if (text.startsWith(t.text, at)
                            && (end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
                        matches.add(new Match(t, at));
                    }
                }
            }
            inLexiconOrder(matches, from);
        }

        /** Every occurrence of every term, wherever it stands. */
        void matchAnywhere(String text, List<Match> matches) {
            if (byFirst.isEmpty()) {
                return;
            }
            int from = matches.size();
            for (int at = 0; at < text.length(); at++) {
                List<Term> candidates = byFirst.get(text.charAt(at));
                for (int k = 0; candidates != null && k < candidates.size(); k++) {
                    if (text.startsWith(candidates.get(k).text, at)) {
                        matches.add(new Match(candidates.get(k), at));
                    }
                }
            }
            inLexiconOrder(matches, from);
        }

        /** Term by term as the lexicon lists them, each by position: what overlapping finds are resolved by. */
        private static void inLexiconOrder(List<Match> matches, int from) {
            matches.subList(from, matches.size()).sort(Comparator.comparingInt((Match m) -> m.term.order)
                    .thenComparingInt(m -> m.at));
        }
    }
}
