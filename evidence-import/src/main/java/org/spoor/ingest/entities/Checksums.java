package org.spoor.ingest.entities;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * The check digits that tell a real identifier from a run of characters: Luhn (IMEI), ISO 7064
 * mod 97-10 (IBAN), Base58Check (Bitcoin legacy, TRON), BIP-173/350 (Bitcoin bech32/bech32m) and
 * EIP-55 (Ethereum mixed-case).
 */
final class Checksums {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;

    private Checksums() {
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static boolean iban(String compact) {
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** Decodes Base58Check and returns the version byte, or -1 if the checksum fails. */
    static int base58CheckVersion(String text) {
        BigInteger value = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            int digit = BASE58.indexOf(c);
            if (digit < 0) {
                return -1;
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] raw = value.toByteArray();
        if (raw.length > 1 && raw[0] == 0) {
            raw = Arrays.copyOfRange(raw, 1, raw.length);
        }
        int leadingZeros = 0;
        while (leadingZeros < text.length() && text.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        byte[] bytes = new byte[leadingZeros + raw.length];
        System.arraycopy(raw, 0, bytes, leadingZeros, raw.length);
        if (bytes.length < 5) {
            return -1;
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
        byte[] check = Arrays.copyOf(sha256(sha256(payload)), 4);
        if (!Arrays.equals(check, Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length))) {
            return -1;
        }
        return payload[0] & 0xff;
    }

    /** True if a lower-case bech32 or bech32m string with this human-readable part checks. */
    static boolean bech32(String text, String hrp) {
        int separator = text.lastIndexOf('1');
        if (!text.substring(0, Math.max(separator, 0)).equals(hrp) || text.length() - separator < 7) {
            return false;
        }
        int[] values = new int[text.length() - separator - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = BECH32.indexOf(text.charAt(separator + 1 + i));
            if (values[i] < 0) {
                return false;
            }
        }
        int[] expanded = new int[hrp.length() * 2 + 1 + values.length];
        int k = 0;
        for (char c : hrp.toCharArray()) {
            expanded[k++] = c >> 5;
        }
        expanded[k++] = 0;
        for (char c : hrp.toCharArray()) {
            expanded[k++] = c & 31;
        }
        System.arraycopy(values, 0, expanded, k, values.length);
        int polymod = polymod(expanded);
        return polymod == BECH32_CONST || polymod == BECH32M_CONST;
    }

    private static int polymod(int[] values) {
        int[] generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if ((top >>> i & 1) == 1) {
                    chk ^= generator[i];
                }
            }
        }
        return chk;
    }

    /** EIP-55: all-lower or all-upper hex has no checksum; mixed case must match Keccak-256. */
    static boolean eip55(String hex40) {
        String lower = hex40.toLowerCase(Locale.ROOT);
        if (hex40.equals(lower) || hex40.equals(hex40.toUpperCase(Locale.ROOT))) {
            return true;
        }
        KeccakDigest keccak = new KeccakDigest(256);
        byte[] input = lower.getBytes(StandardCharsets.US_ASCII);
        keccak.update(input, 0, input.length);
        byte[] hash = new byte[32];
        keccak.doFinal(hash, 0);
        for (int i = 0; i < 40; i++) {
            char c = hex40.charAt(i);
            if (Character.isLetter(c)) {
                int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
                if (nibble >= 8 != Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
