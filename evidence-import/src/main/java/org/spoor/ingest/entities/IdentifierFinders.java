package org.spoor.ingest.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/** E-mails, URLs, IMEIs, IBANs and bank account numbers. */
final class IdentifierFinders {

    private IdentifierFinders() {
    }

    static EntityFinder emails() {
        return new PatternFinder(Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}"), m -> {
            String raw = m.group();
            // A WhatsApp JID looks like an e-mail but is a phone number (found by the phone finder).
            if (raw.endsWith("whatsapp.net") || raw.endsWith("@c.us")) {
                return Optional.empty();
            }
            String key = raw.toLowerCase(Locale.ROOT);
            return Optional.of(EntityMention.inText(EntityType.EMAIL, key, key, raw, m.start(), m.end()));
        });
    }

    static EntityFinder urls() {
        return new PatternFinder(Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()]+"), m -> {
            String raw = m.group().replaceAll("[.,;:!?]+$", "");
            String key = raw.toLowerCase(Locale.ROOT).startsWith("www.") ? "http://" + raw : raw;
            int schemeEnd = key.indexOf("://") + 3;
            int hostEnd = key.indexOf('/', schemeEnd);
            hostEnd = hostEnd < 0 ? key.length() : hostEnd;
            key = key.substring(0, hostEnd).toLowerCase(Locale.ROOT) + key.substring(hostEnd);
            return Optional.of(EntityMention.inText(EntityType.URL, key, raw, raw, m.start(), m.start() + raw.length()));
        });
    }

    /** 15 digits, optionally grouped 2-6-6-1 as printed on the box, with a valid Luhn digit. */
    static EntityFinder imeis() {
        return new PatternFinder(Pattern.compile("(?<![\\d-])\\d{2}[- ]?\\d{6}[- ]?\\d{6}[- ]?\\d(?![\\d-])"), m -> {
            String digits = m.group().replaceAll("\\D", "");
            if (!Checksums.luhn(digits) || digits.chars().distinct().count() < 3) {
                return Optional.empty();
            }
            return Optional.of(EntityMention.inText(EntityType.IMEI, digits, digits, m.group(), m.start(), m.end()));
        });
    }

    static EntityFinder ibans() {
        return new PatternFinder(Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b"), m -> {
            String compact = m.group().replace(" ", "");
            if (!Checksums.iban(compact)) {
                return Optional.empty();
            }
            return Optional.of(EntityMention.inText(EntityType.IBAN, compact, m.group(), m.group(), m.start(),
                    m.end()));
        });
    }

    /**
     * Bank account numbers have no public check digit in Viet Nam, Indonesia or Peru, so only a
     * number right after a word that names it (STK, số tài khoản, rekening, cuenta, 账号...) is one.
     */
    static EntityFinder bankAccounts() {
        Pattern p = Pattern.compile("(?iu)(?:\\bstk|số tài khoản|so tai khoan|\\btk|\\bno\\.? ?rek(?:ening)?"
                + "|nomor rekening|\\brekening|\\bcuenta(?: bancaria)?|\\bcta\\.?|\\bconta(?: corrente)?"
                + "|account(?: no\\.?| number)?|\\ba/c|账号|账户|帳號)\\s*[:#.]?\\s*(?:[\\p{L}]{2,12}\\s*[:-]?\\s*)?"
                + "(\\d[\\d -]{4,24}\\d)");
        return new PatternFinder(p, m -> {
            String digits = m.group(1).replaceAll("\\D", "");
            if (digits.length() < 6 || digits.length() > 20) {
                return Optional.empty();
            }
            return Optional.of(EntityMention.inText(EntityType.BANK_ACCOUNT, digits, digits, m.group(1),
                    m.start(1), m.end(1)));
        });
    }

    static Optional<EntityMention> ofMatch(Matcher m, EntityType type, String key, String display) {
        return Optional.of(EntityMention.inText(type, key, display, m.group(), m.start(), m.end()));
    }
}
