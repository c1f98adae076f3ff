package org.spoor.ingest.entities;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/**
 * Phone numbers in text with libphonenumber's matcher. It runs at POSSIBLE leniency and keeps only
 * numbers valid after Viet Nam's renumbering, because libphonenumber's current metadata rejects the
 * old eleven-digit mobiles that seized documents still contain. WhatsApp JIDs count as numbers.
 */
final class PhoneNumberFinder implements EntityFinder {

    static final String RENUMBERING = "VN 2018 mobile renumbering";
    private static final Pattern JID = Pattern.compile("\\b\\d{6,15}(?::\\d+)?@(?:s\\.whatsapp\\.net|c\\.us)\\b");

    private final PhoneNumbers numbers;

    PhoneNumberFinder(PhoneNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public void find(String text, List<EntityMention> found) {
        Matcher jids = JID.matcher(text);
        while (jids.find()) {
            numbers.fromJid(jids.group()).ifPresent(n -> found.add(mention(n, jids.start(), jids.end())));
        }
        Iterable<PhoneNumberMatch> matches = PhoneNumberUtil.getInstance().findNumbers(text,
                numbers.defaultRegion(), PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE);
        for (PhoneNumberMatch match : matches) {
            if (insideWord(text, match.start(), match.end())) {
                continue;
            }
            int start = match.start();
            String raw = match.rawString();
            // The matcher keeps an opening bracket whose closing one it leaves out ("(0912 345 678" of
            // "(0912 345 678)"): the number as written, cited in a bundle, has neither.
            if (raw.startsWith("(") && raw.indexOf(')') < 0) {
                start++;
                raw = raw.substring(1);
            }
            int from = start;
            Optional<NormalisedNumber> n = numbers.normaliseValid(raw);
            n.ifPresent(number -> found.add(mention(number, from, match.end())));
        }
    }

    /**
     * POSSIBLE leniency does not look at the neighbours: digits cut out of a hash, an id or a GUID
     * ({@code 9b7c0031-...}) would become numbers. A real number stands apart from letters and digits.
     */
    private static boolean insideWord(String text, int start, int end) {
        return start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))
                || end < text.length() && Character.isLetterOrDigit(text.charAt(end));
    }

    static EntityMention mention(NormalisedNumber n, int start, int end) {
        return new EntityMention(EntityType.PHONE, n.e164(), n.display(),
                n.aliases().stream().map(a -> new EntityMention.Alias(a, RENUMBERING)).toList(), n.raw(), start, end);
    }
}
