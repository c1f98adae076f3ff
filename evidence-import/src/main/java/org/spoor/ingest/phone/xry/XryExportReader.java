package org.spoor.ingest.phone.xry;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an XRY "Export to text" into records. The layout follows MSAB's export as Autopsy's XRY
 * data-source processor reads it (sleuthkit/autopsy {@code datasourceprocessors/xry}): an optional
 * header starting {@code XRY Export} whose third line names the report ({@code Messages/SMS},
 * {@code Calls}), then records separated by blank lines, each opening with a title
 * ({@code Calls #\t1}) and holding {@code Label:<tab>Value} lines; a line reading only {@code From},
 * {@code To} or {@code Participant} heads the party fields below it; a message's text may run over
 * several lines.
 */
final class XryExportReader {

    static final String HEADER = "xry export";
    private static final int HEADER_LINES = 5;
    private static final Pattern TITLE = Pattern.compile("^(.*?)\\s*#\\s*(\\d+)\\s*$");
    private static final String LABEL = "([\\p{L}][\\p{L}\\p{N} ()/._-]{0,40}?)";
    private static final Pattern COLON_FIELD = Pattern.compile("^\\s*" + LABEL + "\\s*:\\s*(.*)$");
    private static final Pattern SPACED_FIELD = Pattern.compile("^\\s*" + LABEL + "(?:\\t+| {2,})(\\S.*)$");
    private static final Set<String> PARTY_HEADINGS = Set.of("from", "to", "participant", "participants");
    /** Labels whose values are free text that may span lines (and contain colons). */
    private static final Set<String> TEXT_LABELS = Set.of("text", "message", "body", "subject");

    private final BufferedReader in;
    private int lineNumber;
    private String reportType = "";

    XryExportReader(BufferedReader in) {
        this.in = in;
    }

    /** The report type the header names ({@code Messages/SMS}), or "" without a header. */
    String reportType() {
        return reportType;
    }

    void read(Consumer<XryRecord> records) throws IOException {
        List<String> block = new ArrayList<>();
        int blockStart = 0;
        String line;
        boolean first = true;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (first) {
                line = line.replace("\uFEFF", "");
                first = false;
            }
            if (line.isBlank()) {
                emit(block, blockStart, records);
                block.clear();
                continue;
            }
            if (block.isEmpty()) {
                blockStart = lineNumber;
                if (line.trim().toLowerCase(Locale.ROOT).equals(HEADER)) {
                    skipHeader();
                    continue;
                }
            }
            block.add(line);
        }
        emit(block, blockStart, records);
    }

    /** The header: "XRY Export", then lines up to the fifth; the third names the report type. */
    private void skipHeader() throws IOException {
        for (int i = 2; i <= HEADER_LINES; i++) {
            in.mark(4096);
            String line = in.readLine();
            if (line == null) {
                return;
            }
            if (TITLE.matcher(line).matches()) {
                in.reset();
                return;
            }
            lineNumber++;
            if (i == 3 && !line.isBlank()) {
                reportType = line.trim();
            }
        }
    }

    private void emit(List<String> block, int start, Consumer<XryRecord> records) {
        if (block.isEmpty()) {
            return;
        }
        String title = block.get(0).trim();
        Matcher m = TITLE.matcher(title);
        int firstField = 1;
        String section;
        if (m.matches()) {
            section = m.group(1).isBlank() ? reportType : m.group(1).trim();
            title = (section + " #" + m.group(2)).trim();
        } else if (block.size() == 1 && !title.contains(":")) {
            // A section heading on its own ("Messages-SMS") names the records that follow.
            reportType = title;
            return;
        } else {
            section = reportType;
            firstField = 0;
            title = section.isEmpty() ? "record" : section;
        }
        records.accept(new XryRecord(title, section, start, fields(block.subList(firstField, block.size()))));
    }

    static List<XryRecord.Field> fields(List<String> lines) {
        List<XryRecord.Field> fields = new ArrayList<>();
        String party = "";
        for (String line : lines) {
            String trimmed = line.trim();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (PARTY_HEADINGS.contains(lower)) {
                party = lower.startsWith("participant") ? "participant" : lower;
                continue;
            }
            XryRecord.Field previous = fields.isEmpty() ? null : fields.get(fields.size() - 1);
            XryRecord.Field field = field(line, party);
            boolean inText = previous != null && TEXT_LABELS.contains(previous.label().toLowerCase(Locale.ROOT));
            if (field != null && !(inText && !XryLabels.isKnown(field.label()))) {
                fields.add(field);
            } else if (previous != null) {
                fields.set(fields.size() - 1, new XryRecord.Field(previous.party(), previous.label(),
                        previous.value().isEmpty() ? trimmed : previous.value() + "\n" + trimmed));
            }
        }
        return fields;
    }

    private static XryRecord.Field field(String line, String party) {
        Matcher colon = COLON_FIELD.matcher(line);
        if (colon.matches()) {
            return new XryRecord.Field(party, colon.group(1).trim(), colon.group(2).trim());
        }
        Matcher spaced = SPACED_FIELD.matcher(line);
        if (spaced.matches() && XryLabels.isKnown(spaced.group(1).trim())) {
            return new XryRecord.Field(party, spaced.group(1).trim(), spaced.group(2).trim());
        }
        return null;
    }
}
