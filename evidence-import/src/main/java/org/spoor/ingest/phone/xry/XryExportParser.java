package org.spoor.ingest.phone.xry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;

/**
 * MSAB XRY "Export to text" files: UTF-16LE text (with or without the FF FE byte-order mark) of
 * Messages-SMS, Calls, Contacts-Contacts and Device-General Information records. Recognised by
 * the export's header or by record titles and XRY's field labels, never by the file name, so
 * ordinary UTF-16 text is left to the document route.
 */
public final class XryExportParser implements PhoneArtifactParser {

    private static final Logger LOG = LoggerFactory.getLogger(XryExportParser.class);

    @Override
    public String name() {
        return "xry-text";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < 16) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16 * 1024);
        }
        return XrySniffer.looksLikeXry(head);
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        if (Files.size(file) % 2 != 0) {
            // UTF-16 text always has an even length: the file was cut in the middle of a character.
            throw new PhoneParseException("phone.parse.xryTruncated",
                    "truncated XRY export: it ends in the middle of a UTF-16 character", file.getFileName());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_16LE.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        XryDeviceFacts device = new XryDeviceFacts();
        XryRecordMapper mapper = new XryRecordMapper(context, sink, device);
        AtomicInteger records = new AtomicInteger();
        AtomicInteger withFields = new AtomicInteger();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            XryExportReader reader = new XryExportReader(in);
            reader.read(record -> {
                records.incrementAndGet();
                if (!record.fields().isEmpty()) {
                    withFields.incrementAndGet();
                }
                requireText(record);
                mapper.map(record, reader.reportType());
            });
            mapper.flush();
        } catch (CharacterCodingException e) {
            throw garbled(file, "bytes that are not UTF-16LE text (" + e.getClass().getSimpleName() + ")", e);
        } catch (GarbledRecord e) {
            throw garbled(file, e.getMessage(), e);
        }
        if (records.get() > 0 && withFields.get() == 0) {
            throw new PhoneParseException("phone.parse.xryUnknownLayout",
                    "XRY export of an unknown layout: none of its " + records.get() + " records has Label: Value lines",
                    file.getFileName(), records.get());
        }
        if (device.known()) {
            sink.device(device.device(context));
        }
        LOG.debug("XRY export {}: {} records", file.getFileName(), records.get());
    }

    /** Zero-filled or binary runs inside the text mean the export was damaged on its way here. */
    private static void requireText(XryRecord record) {
        requireText(record.title(), record);
        for (XryRecord.Field f : record.fields()) {
            requireText(f.value(), record);
        }
    }

    private static void requireText(String text, XryRecord record) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new GarbledRecord("control character U+" + String.format("%04X", (int) c) + " at "
                        + record.locator().replace('\0', ' '));
            }
        }
    }

    private static PhoneParseException garbled(Path file, String reason, Exception cause) {
        return new PhoneParseException("phone.parse.xryGarbled", "garbled XRY export: " + reason, cause,
                file.getFileName(), reason);
    }

    /** Carries a damaged record out of the reader's callback. */
    private static final class GarbledRecord extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GarbledRecord(String reason) {
            super(reason);
        }
    }
}
