package org.spoor.ingest.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/**
 * Sums of money and weights: {@code 5000 USD}, {@code $5,000}, {@code 50 triệu đồng},
 * {@code Rp 5.000.000}, {@code 2 juta}, {@code 120 kg}, {@code 3 tấn}, {@code 5 斤}. Keys are the
 * amount in the currency's units ({@code VND:50000000}) or in kilograms ({@code kg:120}), so the
 * same sum written two ways is one entity.
 */
final class QuantityFinder implements EntityFinder {

    private static final String NUMBER = "(\\d{1,3}(?:[.,  ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(?:\\s*(triệu|trieu|tỷ|tỉ|ty|nghìn|ngàn|nghin|ngan|juta|ribu|miliar|mil"
            + "|millones|millón|millon|milhões|milhão|mil|k|万|千|million|thousand))?";
    private static final String CURRENCY = "(USD|US\\$|\\$|VNĐ|VND|đồng|dong|đ|IDR|Rp\\.?|rupiah|PEN|S/\\.?|soles"
            + "|EUR|€|CNY|RMB|元|¥|THB|บาท|baht|LAK|kip|ກີບ|KHR|riel|រៀល|MNT|₮|төгрөг|BRL|R\\$|reais|dollars?|đô)";
    static final Pattern AMOUNT_FIRST = Pattern.compile("(?iu)(?<![\\w.,])" + NUMBER + SCALE + "\\s*"
            + CURRENCY + "(?![\\p{L}])");
    static final Pattern CURRENCY_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])(USD|US\\$|\\$|Rp\\.?|S/\\.?|R\\$|€|¥)"
            + "\\s?" + NUMBER + SCALE + "(?![\\p{L}\\d])");
    static final Pattern WEIGHT = Pattern.compile("(?iu)(?<![\\w.,])" + NUMBER + "\\s*(kgs?|kilos?|kilograms?"
            + "|kilogramos?|quilos?|g|gr|grams?|gramos?|gramas?|tấn|tan|tonnes?|tons?|toneladas?|lạng|cân|公斤|斤|克|吨"
            + "|กก\\.?|กิโลกรัม|ກິໂລ|គីឡូ|кг|тонн)(?![\\p{L}])");
    /** What a sum written currency first can begin with, in either case. */
    static final String CURRENCY_FIRSTS = "USR$€¥";
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("usd", "USD"),
            Map.entry("us$", "USD"), Map.entry("$", "USD"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("đô", "USD"), Map.entry("vnđ", "VND"), Map.entry("vnd", "VND"), Map.entry("đồng", "VND"),
            Map.entry("dong", "VND"), Map.entry("đ", "VND"), Map.entry("idr", "IDR"), Map.entry("rp", "IDR"),
            Map.entry("rp.", "IDR"), Map.entry("rupiah", "IDR"), Map.entry("pen", "PEN"), Map.entry("s/", "PEN"),
            Map.entry("s/.", "PEN"), Map.entry("soles", "PEN"), Map.entry("eur", "EUR"), Map.entry("€", "EUR"),
            Map.entry("cny", "CNY"), Map.entry("rmb", "CNY"), Map.entry("元", "CNY"), Map.entry("¥", "CNY"),
            Map.entry("thb", "THB"), Map.entry("บาท", "THB"), Map.entry("baht", "THB"), Map.entry("lak", "LAK"),
            Map.entry("kip", "LAK"), Map.entry("ກີບ", "LAK"), Map.entry("khr", "KHR"), Map.entry("riel", "KHR"),
            Map.entry("រៀល", "KHR"), Map.entry("mnt", "MNT"), Map.entry("₮", "MNT"), Map.entry("төгрөг", "MNT"),
            Map.entry("brl", "BRL"), Map.entry("r$", "BRL"), Map.entry("reais", "BRL"));

    @Override
    public void find(String text, List<EntityMention> found) {
        for (MatchResult m : AnchoredMatches.of(AMOUNT_FIRST, text, AnchoredMatches.digitIn(text))) {
            money(found, m, m.group(1), m.group(2), m.group(3));
        }
        for (MatchResult m : AnchoredMatches.of(CURRENCY_FIRST, text,
                AnchoredMatches.oneOfIgnoringCase(text, CURRENCY_FIRSTS))) {
            money(found, m, m.group(2), m.group(3), m.group(1));
        }
        for (MatchResult m : AnchoredMatches.of(WEIGHT, text, AnchoredMatches.digitIn(text))) {
            BigDecimal kg = number(m.group(1)).multiply(kilograms(m.group(2).toLowerCase(Locale.ROOT)));
            String key = "kg:" + kg.stripTrailingZeros().toPlainString();
            found.add(EntityMention.inText(EntityType.WEIGHT, key, kg.stripTrailingZeros().toPlainString() + " kg",
                    m.group(), m.start(), m.end()));
        }
    }

    private static void money(List<EntityMention> found, MatchResult m, String amount, String scale,
                              String currency) {
        String code = CURRENCIES.get(currency.toLowerCase(Locale.ROOT));
        if (code == null) {
            return;
        }
        BigDecimal value = number(amount).multiply(scale(scale));
        String plain = value.stripTrailingZeros().toPlainString();
        found.add(EntityMention.inText(EntityType.MONEY, code + ":" + plain, plain + " " + code, m.group(),
                m.start(), m.end()));
    }

    /** "5.000.000" and "5,000,000" are thousands; "1.5" and "1,5" are decimals. */
    static BigDecimal number(String written) {
        String s = written.replaceAll("[  ]", "");
        if (s.matches("\\d{1,3}([.,]\\d{3})+")) {
            return new BigDecimal(s.replaceAll("[.,]", ""));
        }
        if (s.matches("\\d{1,3}(,\\d{3})+\\.\\d+")) {
            return new BigDecimal(s.replace(",", ""));
        }
        if (s.matches("\\d{1,3}(\\.\\d{3})+,\\d+")) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        return new BigDecimal(s.replace(',', '.'));
    }

    private static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "triệu", "trieu", "juta", "millones", "millón", "millon", "milhões", "milhão", "million" ->
                    BigDecimal.valueOf(1_000_000);
            case "tỷ", "tỉ", "ty", "miliar" -> BigDecimal.valueOf(1_000_000_000);
            case "万" -> BigDecimal.valueOf(10_000);
            default -> BigDecimal.valueOf(1_000);
        };
    }

    private static BigDecimal kilograms(String unit) {
        return switch (unit) {
            case "g", "gr", "gram", "grams", "gramo", "gramos", "grama", "gramas", "克" -> new BigDecimal("0.001");
            case "tấn", "tan", "ton", "tons", "tonne", "tonnes", "tonelada", "toneladas", "吨", "тонн" ->
                    BigDecimal.valueOf(1000);
            // Vietnamese lạng is 100 g; Chinese 斤 (jin) is 500 g.
            case "lạng" -> new BigDecimal("0.1");
            case "斤" -> new BigDecimal("0.5");
            default -> BigDecimal.ONE;
        };
    }
}
