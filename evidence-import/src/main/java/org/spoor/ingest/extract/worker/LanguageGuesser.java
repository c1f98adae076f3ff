package org.spoor.ingest.extract.worker;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The language of an item's text as an ISO 639-1 code. Optimaize (the detector behind Tika's own
 * tika-langdetect-optimaize) knows 71 languages including vi, id, es, th, km, but not Lao or Mongolian:
 * those two are recognised by their script (Lao letters; Cyrillic with the Mongolian vowels ө and ү).
 */
final class LanguageGuesser {

    /** A few thousand characters decide a language; more only costs time (23 ms per 20k chars measured). */
    private static final int SAMPLE_CHARS = 3_000;
    private static final int MIN_LETTERS = 20;
    private static final double MIN_PROBABILITY = 0.70;

    private LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    /** The language code, or null when the text is too short or no language is clear. */
    String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        ScriptCounts scripts = ScriptCounts.of(sample);
        if (scripts.letters() < MIN_LETTERS) {
            return null;
        }
        if (scripts.lao() * 2 > scripts.letters()) {
            return "lo";
        }
        if (scripts.cyrillic() * 2 > scripts.letters() && scripts.mongolianVowels() * 100 >= scripts.cyrillic()) {
            return "mn";
        }
        List<DetectedLanguage> ranked = detector().getProbabilities(texts.forText(sample));
        if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return ranked.get(0).getLocale().getLanguage();
    }

    /** Loaded on first use: the 71 profiles take a moment and some memory. */
    private LanguageDetector detector() {
        if (detector == null) {
            try {
                detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language profiles", e);
            }
        }
        return detector;
    }

    /** Letter counts by script, enough to tell the languages Optimaize lacks. */
    record ScriptCounts(int letters, int lao, int cyrillic, int mongolianVowels) {
        static ScriptCounts of(String text) {
            int letters = 0;
            int lao = 0;
            int cyrillic = 0;
            int mongolian = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (!Character.isLetter(cp) && script != Character.UnicodeScript.LAO) {
                    continue;
                }
                letters++;
                if (script == Character.UnicodeScript.LAO) {
                    lao++;
                } else if (script == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                    // ө Ө ү Ү: Mongolian Cyrillic vowels absent from Russian, Ukrainian, Bulgarian, Serbian.
                    if (cp == 0x04E9 || cp == 0x04E8 || cp == 0x04AF || cp == 0x04AE) {
                        mongolian++;
                    }
                }
            }
            return new ScriptCounts(letters, lao, cyrillic, mongolian);
        }
    }
}
