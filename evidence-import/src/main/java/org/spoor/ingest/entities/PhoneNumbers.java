package org.spoor.ingest.entities;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers to E.164 with libphonenumber, reading national numbers in a default region (the
 * device's or the case's), WhatsApp JIDs ({@code 84912345678@s.whatsapp.net}) as their numbers and
 * Viet Nam's pre-2018 mobile numbers as the current ones (the old form kept as an alias).
 * Not thread-safe: one instance per parse (see {@code PhoneParseContext}).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** A user JID: digits, an optional ":device" suffix, then a WhatsApp user domain. */
    private static final Pattern USER_JID = Pattern.compile("^\\+?(\\d{5,15})(?::\\d+)?@(s\\.whatsapp\\.net|c\\.us)$");
    private static final int VIETNAM = 84;

    /** Phones repeat the same few hundred numbers across their rows: parse each once. */
    private static final int CACHE_SIZE = 4096;

    private final String defaultRegion;
    private final Map<String, NormalisedNumber> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NormalisedNumber> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion == null ? "ZZ" : defaultRegion.toUpperCase(Locale.ROOT);
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** True for WhatsApp JIDs of people (not groups or broadcasts). */
    public static boolean isUserJid(String value) {
        return value != null && USER_JID.matcher(value.trim().toLowerCase(Locale.ROOT)).matches();
    }

    /** The number of a WhatsApp user JID in E.164, if it is one. */
    public Optional<NormalisedNumber> fromJid(String jid) {
        if (jid == null) {
            return Optional.empty();
        }
        Matcher m = USER_JID.matcher(jid.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        NormalisedNumber n = normalise("+" + m.group(1));
        return n.e164() == null ? Optional.empty() : Optional.of(new NormalisedNumber(jid, n.e164(), n.display(),
                n.aliases()));
    }

    /**
     * Normalises a number from a structured field (a call log, a contact): JIDs and numbers in any
     * written form; the E.164 is null when the value is not a possible phone number.
     */
    public NormalisedNumber normalise(String raw) {
        if (raw == null) {
            return new NormalisedNumber(null, null, null, List.of());
        }
        NormalisedNumber known = cache.get(raw);
        if (known == null) {
            known = normaliseUncached(raw);
            cache.put(raw, known);
        }
        return known;
    }

    private NormalisedNumber normaliseUncached(String raw) {
        if (raw.isBlank()) {
            return new NormalisedNumber(raw, null, raw, List.of());
        }
        String trimmed = raw.trim();
        if (trimmed.contains("@")) {
            return fromJid(trimmed).orElse(new NormalisedNumber(raw, null, trimmed, List.of()));
        }
        return parse(trimmed, false).map(p -> toNormalised(raw, p))
                .orElse(new NormalisedNumber(raw, null, trimmed, List.of()));
    }

    /**
     * Like {@link #normalise} but only for numbers libphonenumber considers valid (after the
     * Vietnamese renumbering): what text extraction uses to avoid taking any digits for a number.
     */
    public Optional<NormalisedNumber> normaliseValid(String raw) {
        return parse(raw, true).map(p -> toNormalised(raw, p));
    }

    private Optional<PhoneNumber> parse(String text, boolean mustBeValid) {
        try {
            PhoneNumber number = UTIL.parse(text, defaultRegion);
            PhoneNumber current = renumbered(number).orElse(number);
            boolean ok = mustBeValid ? UTIL.isValidNumber(current) : UTIL.isPossibleNumber(current);
            return ok ? Optional.of(current) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    PhoneNumber parseForFinder(String text) throws NumberParseException {
        return UTIL.parse(text, defaultRegion);
    }

    NormalisedNumber toNormalised(String raw, PhoneNumber number) {
        PhoneNumber current = renumbered(number).orElse(number);
        String e164 = UTIL.format(current, PhoneNumberFormat.E164);
        List<String> aliases = new ArrayList<>();
        if (current.getCountryCode() == VIETNAM) {
            VietnamRenumbering.toFormer(nationalDigits(current)).ifPresent(old -> aliases.add("+84" + old));
        }
        return new NormalisedNumber(raw, e164, UTIL.format(current, PhoneNumberFormat.INTERNATIONAL), aliases);
    }

    private static Optional<PhoneNumber> renumbered(PhoneNumber number) {
        if (number.getCountryCode() != VIETNAM) {
            return Optional.empty();
        }
        return VietnamRenumbering.toCurrent(nationalDigits(number)).map(digits -> new PhoneNumber()
                .setCountryCode(VIETNAM).setNationalNumber(Long.parseLong(digits)));
    }

    private static String nationalDigits(PhoneNumber number) {
        return UTIL.getNationalSignificantNumber(number);
    }
}
