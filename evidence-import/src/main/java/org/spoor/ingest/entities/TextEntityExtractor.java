package org.spoor.ingest.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spoor.entity.EntityMention;

/**
 * Finds entities in any text (a document's extracted text, a message body): phone numbers,
 * e-mails, URLs, IMEIs, IBANs, bank accounts, crypto addresses, vehicle plates, coordinates, money,
 * weights, species and commodities, and people named after a form of address. Where two finds
 * overlap, the more specific kind wins (an IBAN's digits are not also a phone number). Places are
 * found only as coordinates: Spoor has no gazetteer yet.
 */
public final class TextEntityExtractor {

    /** Finders in order of precedence for overlapping spans. */
    private final List<EntityFinder> finders;

    public TextEntityExtractor(PhoneNumbers numbers, SpeciesLexicon lexicon) {
        // Each gate is what its pattern cannot match without (see TextTraits).
        finders = List.of(IdentifierFinders.urls().onlyWhere(t -> t.mayHoldUrl),
                IdentifierFinders.emails().onlyWhere(t -> t.hasAt),
                new CryptoAddressFinder().onlyWhere(t -> t.longestAsciiWord >= 11),
                IdentifierFinders.ibans().onlyWhere(t -> t.asciiDigits >= 2),
                IdentifierFinders.imeis().onlyWhere(t -> t.asciiDigits >= 15),
                new CoordinateFinder().onlyWhere(t -> t.asciiDigits >= 6),
                new VehiclePlateFinder().onlyWhere(t -> t.asciiDigits >= 1),
                IdentifierFinders.bankAccounts().onlyWhere(t -> t.asciiDigits >= 6),
                new QuantityFinder().onlyWhere(t -> t.asciiDigits >= 1),
                // No dialable number, with or without its country code, has fewer than five digits.
                new PhoneNumberFinder(numbers).onlyWhere(t -> t.digitsInLongestNumberRun >= 5),
                new SpeciesFinder(lexicon), new PersonNameFinder());
    }

    /** An extractor reading national numbers in {@code region} with the bundled lexicon. */
    public static TextEntityExtractor standard(String region) {
        return new TextEntityExtractor(new PhoneNumbers(region), SpeciesLexicon.bundled());
    }

    /** The entities in the text, in text order, without overlaps. */
    public List<EntityMention> extract(String text) {
        List<EntityMention> kept = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return kept;
        }
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        TextTraits traits = TextTraits.of(text);
        for (EntityFinder finder : finders) {
            if (!finder.mayOccurIn(traits)) {
                continue;
            }
            List<EntityMention> found = new ArrayList<>();
            finder.find(text, found);
            // Longest first, so "vảy tê tê" wins over the "tê tê" inside it.
            found.sort(Comparator.comparingInt((EntityMention m) -> m.startOffset() - m.endOffset()));
            for (EntityMention m : found) {
                if (isFree(taken, m.startOffset(), m.endOffset())) {
                    kept.add(m);
                    taken.put(m.startOffset(), m.endOffset());
                }
            }
        }
        kept.sort(Comparator.comparingInt(EntityMention::startOffset));
        return kept;
    }

    /** The finders in order of precedence, with their gates (for tests). */
    List<EntityFinder> finders() {
        return finders;
    }

    /** True if no kept span (start to end, by start) overlaps [start, end). */
    private static boolean isFree(TreeMap<Integer, Integer> taken, int start, int end) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return false;
        }
        Map.Entry<Integer, Integer> after = taken.ceilingEntry(start);
        return after == null || after.getKey() >= end;
    }
}
