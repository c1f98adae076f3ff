package org.spoor.ingest.phone.xry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides from a file's first bytes whether it is an XRY text export: UTF-16LE (a FF FE mark, or
 * the zero high bytes of ASCII labels), then either XRY's {@code XRY Export} header, or a record
 * title such as {@code Calls #1} followed by at least two of XRY's field labels.
 */
final class XrySniffer {

    private static final Pattern TITLE = Pattern.compile("^(.*?)\\s*#\\s*\\d+\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{L}][\\p{L}\\p{N} ()/._-]{0,40}?)\\s*(?::|\\t)");

    private XrySniffer() {
    }

    static boolean looksLikeXry(byte[] head) {
        int start = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE ? 2 : 0;
        if (start == 0 && !mostlyUtf16LeAscii(head)) {
            return false;
        }
        int length = (head.length - start) & ~1;
        String text = new String(head, start, length, StandardCharsets.UTF_16LE);
        List<String> lines = text.lines().map(String::strip).toList();
        for (String line : lines) {
            if (!line.isEmpty()) {
                if (line.toLowerCase(Locale.ROOT).equals(XryExportReader.HEADER)) {
                    return true;
                }
                break;
            }
        }
        return titledRecordWithLabels(lines);
    }

    private static boolean titledRecordWithLabels(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher title = TITLE.matcher(lines.get(i));
            if (title.matches() && XryLabels.isSection(title.group(1))) {
                int known = 0;
                for (int j = i + 1; j < lines.size() && !lines.get(j).isEmpty(); j++) {
                    Matcher label = LABEL.matcher(lines.get(j));
                    if (label.find() && XryLabels.isKnown(label.group(1))) {
                        known++;
                    }
                }
                if (known >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** At least 64 bytes where six in ten odd bytes are zero and the even ones are not: ASCII in UTF-16LE. */
    private static boolean mostlyUtf16LeAscii(byte[] head) {
        int pairs = Math.min(head.length, 4096) / 2;
        if (pairs < 32) {
            return false;
        }
        int asciiPairs = 0;
        for (int i = 0; i < pairs; i++) {
            if (head[2 * i + 1] == 0 && head[2 * i] != 0) {
                asciiPairs++;
            }
        }
        return asciiPairs * 10 >= pairs * 6;
    }
}
