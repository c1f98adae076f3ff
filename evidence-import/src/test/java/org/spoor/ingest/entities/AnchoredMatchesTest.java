package org.spoor.ingest.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trying a pattern only where a match can begin finds what {@code Matcher.find} finds, in the same order. */
class AnchoredMatchesTest {

    private static final String[] PIECES = {"120 kg", "5.000.000 Rp", "Rp 5.000.000", "$5,000", "US$ 12",
        "50 triệu đồng", "3 tấn", "5 斤", "2 juta", "1,5 kg", "€ 30", "¥300", "S/. 40", "R$ 7", "ſ/ 9", "usd 5",
        "12kg.", "x12 kg", "a.5 kg", "anh Tuấn", "chị Lan", "Ông Hùng", "Pak Budi Santoso", "Sr. Quispe", "Mr Smith",
        "Doña Ana", "bà Tư", "Ibu Sri", "๕๐ กก.", "٣ kg", " ", ", ", "\n", "hàng", "Anh", "ok", "1", "kg", "$", "Rp.",
        "đồng"};

    @Test
    void everyFinderPatternMatchesAsFindDoes() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of(TextEntityExtractorTest.SAMPLE.split("\n")));
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        int matched = 0;
        for (String text : texts) {
            matched += same(QuantityFinder.AMOUNT_FIRST, text, AnchoredMatches::digitIn);
            matched += same(QuantityFinder.WEIGHT, text, AnchoredMatches::digitIn);
            matched += same(QuantityFinder.CURRENCY_FIRST, text,
                    t -> AnchoredMatches.oneOfIgnoringCase(t, QuantityFinder.CURRENCY_FIRSTS));
            matched += same(PersonNameFinder.HONORIFIC_NAME, text,
                    t -> AnchoredMatches.oneOf(t, PersonNameFinder.FIRSTS));
        }
        assertThat(matched).as("the texts hold sums, weights and names").isGreaterThan(3_000);
    }

    private static int same(Pattern pattern, String text, Function<String, IntPredicate> begins) {
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            expected.add(m.start() + ":" + m.group());
        }
        List<String> anchored = AnchoredMatches.of(pattern, text, begins.apply(text)).stream()
                .map((MatchResult r) -> r.start() + ":" + r.group()).toList();
        assertThat(anchored).as(pattern + " in " + text).isEqualTo(expected);
        return expected.size();
    }
}
