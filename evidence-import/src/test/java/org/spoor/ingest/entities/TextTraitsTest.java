package org.spoor.ingest.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.spoor.entity.EntityMention;

/** A finder skipped by its gate must never have found anything in that text. */
class TextTraitsTest {

    /** The extractor's sample, line by line, and the odd forms of what the gates count. */
    private static final List<String> TEXTS = Stream.concat(TextEntityExtractorTest.SAMPLE.lines(), Stream.of(
            "WWW.Example.com/hang, $5, 2 tấn, +856 20 5555 1234 ext. 12, +84 (912) 345-678x9",
            "Số ０９１２ ３４５ ６７８ và ٠٩١٢٣٤٥٦٧٨, tel+6281234567890, No. rek 1234567890 BCA",
            "ok", "", "x", "12x34x5678", "bc1qqqqqqqqq")).toList();

    @Test
    void aGatedFinderSkipsOnlyTextsWhereItFindsNothing() {
        TextEntityExtractor extractor = TextEntityExtractor.standard("VN");
        int checked = 0;
        int skipped = 0;
        for (String text : fragments()) {
            TextTraits traits = TextTraits.of(text);
            for (EntityFinder finder : extractor.finders()) {
                List<EntityMention> found = new ArrayList<>();
                finder.find(text, found);
                if (!finder.mayOccurIn(traits)) {
                    skipped++;
                    assertThat(found).as("what a skipped finder would have found in «%s»", text).isEmpty();
                }
                checked += found.isEmpty() ? 0 : 1;
            }
        }
        assertThat(checked).as("finds among the fragments").isGreaterThan(50);
        assertThat(skipped).as("finders skipped by their gates").isGreaterThan(100);
    }

    @Test
    void traitsCountWhatTheGatesNeed() {
        TextTraits traits = TextTraits.of("Gọi ０９１２ ３４５ 678 nhé, mail a@b.vn, www.x.vn 12°");
        assertThat(traits.digitsInLongestNumberRun).isEqualTo(10);
        assertThat(traits.asciiDigits).isEqualTo(5);
        assertThat(traits.hasAt).isTrue();
        assertThat(traits.mayHoldUrl).isTrue();
        assertThat(TextTraits.of("120 kg vảy, giá 50 triệu").digitsInLongestNumberRun).isEqualTo(3);
    }

    /** Every text, and each of its prefixes and suffixes cut at a space. */
    private static List<String> fragments() {
        List<String> fragments = new ArrayList<>();
        for (String text : TEXTS) {
            fragments.add(text);
            for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
                fragments.add(text.substring(0, i));
                fragments.add(text.substring(i + 1));
            }
        }
        return fragments;
    }
}
