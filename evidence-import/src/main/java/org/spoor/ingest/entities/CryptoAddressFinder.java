package org.spoor.ingest.entities;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/**
 * Cryptocurrency addresses, each kept only if its checksum holds: Bitcoin legacy (Base58Check,
 * version 0 or 5) and segwit (bech32/bech32m, {@code bc1}), Ethereum (EIP-55 when mixed case) and
 * TRON (Base58Check, version 0x41) — USDT on TRON is the common payment rail in these cases.
 */
final class CryptoAddressFinder implements EntityFinder {

    private static final Pattern BTC_LEGACY = Pattern.compile("\\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\\b");
    private static final Pattern BTC_SEGWIT = Pattern.compile("\\b(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}\\b");
    private static final Pattern ETH = Pattern.compile("\\b0x[0-9a-fA-F]{40}\\b");
    private static final Pattern TRON = Pattern.compile("\\bT[1-9A-HJ-NP-Za-km-z]{33}\\b");

    @Override
    public void find(String text, List<EntityMention> found) {
        Matcher m = BTC_LEGACY.matcher(text);
        while (m.find()) {
            int version = Checksums.base58CheckVersion(m.group());
            if (version == 0 || version == 5) {
                add(found, m, "BTC:" + m.group(), "Bitcoin " + m.group());
            }
        }
        m = BTC_SEGWIT.matcher(text);
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            boolean singleCase = m.group().equals(lower) || m.group().equals(m.group().toUpperCase(Locale.ROOT));
            if (singleCase && Checksums.bech32(lower, "bc")) {
                add(found, m, "BTC:" + lower, "Bitcoin " + lower);
            }
        }
        m = ETH.matcher(text);
        while (m.find()) {
            if (Checksums.eip55(m.group().substring(2))) {
                String lower = m.group().toLowerCase(Locale.ROOT);
                add(found, m, "ETH:" + lower, "Ethereum " + m.group());
            }
        }
        m = TRON.matcher(text);
        while (m.find()) {
            if (Checksums.base58CheckVersion(m.group()) == 0x41) {
                add(found, m, "TRX:" + m.group(), "TRON " + m.group());
            }
        }
    }

    private static void add(List<EntityMention> found, Matcher m, String key, String display) {
        found.add(EntityMention.inText(EntityType.CRYPTO_ADDRESS, key, display, m.group(), m.start(), m.end()));
    }
}
