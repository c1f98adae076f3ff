package org.spoor.ingest.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spoor.entity.EntityMention;

/**
 * The finder looks terms up by their first character; it must find exactly what searching the text for
 * every term of the lexicon one by one finds (the way it worked first, kept here as the reference).
 */
class SpeciesFinderTest {

    private static final SpeciesLexicon LEXICON = SpeciesLexicon.bundled();
    private static final Set<String> UNSPACED = Set.of("lo", "km", "th", "zh", "ja");

    @Test
    void findsWhatSearchingForEveryTermFindsInEveryLanguageAndAtEveryBoundary() {
        SpeciesFinder finder = new SpeciesFinder(LEXICON);
        List<String> texts = new ArrayList<>(List.of(TextEntityExtractorTest.SAMPLE,
                "Hàng về rồi anh ơi, 12 kg vảy tê tê, giá 50 triệu đồng.", "VAY TE TE 3kg", "vảytê tê", "ngà voi."));
        Random random = new Random(7);
        String[] around = {"", " ", "x", "1", ".", "anh ", " nhé", "-", "\n", "Ả"};
        for (LexiconEntry e : LEXICON.entries()) {
            for (String term : List.of(e.term(), e.term().toUpperCase(Locale.ROOT), TextFolding.fold(e.term()))) {
                texts.add(around[random.nextInt(around.length)] + term + around[random.nextInt(around.length)]);
                texts.add("Giá " + term + " và " + term + ", " + term);
            }
        }
        int found = 0;
        for (String text : texts) {
            List<EntityMention> fast = new ArrayList<>();
            finder.find(text, fast);
            assertThat(fast).as(text).isEqualTo(reference(text));
            found += fast.size();
        }
        assertThat(found).as("the texts do name species").isGreaterThan(LEXICON.entries().size());
    }

    /** Every term searched for through the text, as the finder first did it. */
    private static List<EntityMention> reference(String text) {
        List<EntityMention> found = new ArrayList<>();
        TextFolding folding = TextFolding.of(text);
        String lower = text.toLowerCase(Locale.ROOT);
        List<LexiconEntry> folded = new ArrayList<>();
        List<LexiconEntry> lowerCase = new ArrayList<>();
        List<LexiconEntry> exact = new ArrayList<>();
        for (LexiconEntry e : LEXICON.entries()) {
            (UNSPACED.contains(e.language()) ? exact : "vi".equals(e.language()) && !e.term().contains(" ")
                    ? lowerCase : folded).add(e);
        }
        for (LexiconEntry e : folded) {
            String t = TextFolding.fold(e.term());
            for (int at = folding.folded().indexOf(t); at >= 0; at = folding.folded().indexOf(t, at + 1)) {
                if (onWordBoundaries(folding.folded(), at, at + t.length())) {
                    int start = folding.originalStart(at);
                    int end = folding.originalEnd(at + t.length());
                    found.add(mention(e, text.substring(start, end), start, end));
                }
            }
        }
        for (LexiconEntry e : lowerCase) {
            String t = e.term().toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
                if (lower.length() == text.length() && onWordBoundaries(lower, at, at + t.length())) {
                    found.add(mention(e, text.substring(at, at + t.length()), at, at + t.length()));
                }
            }
        }
        for (LexiconEntry e : exact) {
            for (int at = text.indexOf(e.term()); at >= 0; at = text.indexOf(e.term(), at + 1)) {
                found.add(mention(e, e.term(), at, at + e.term().length()));
            }
        }
        return found;
    }

    private static boolean onWordBoundaries(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start));
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
        return before && after;
    }

    private static EntityMention mention(LexiconEntry e, String raw, int start, int end) {
        String display = e.taxon() + " (" + e.scientificName() + ", CITES " + e.citesAppendix() + ")";
        return EntityMention.inText(org.spoor.entity.EntityType.SPECIES, e.scientificName(), display, raw, start,
                end);
    }
}
