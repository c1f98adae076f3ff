package org.spoor.ingest.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.ingest.phone.android.AndroidContactsParser;
import org.spoor.ingest.phone.android.AndroidSmsParser;
import org.spoor.ingest.phone.ufdr.UfdrParser;
import org.spoor.ingest.phone.ufdr.UfedReportParser;
import org.spoor.testsupport.Corpus;

class DamagedPhoneFilesTest {

    @TempDir
    Path folder;

    private PhoneParseContext context(Path file) {
        return new PhoneParseContext(3, "VN", CompanionFiles.siblingsOf(file), folder);
    }

    private Path truncatedCopy(String corpusName, int bytes) throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.phone(corpusName));
        Path copy = folder.resolve("truncated-" + corpusName);
        Files.write(copy, Arrays.copyOf(whole, bytes));
        return copy;
    }

    @Test
    void aTruncatedSmsDatabaseIsStillRecognisedAndNamedAsDamagedWithSqlitesReason() throws Exception {
        Path truncated = truncatedCopy("plaso__mmssms.db", 32_768);
        AndroidSmsParser parser = new AndroidSmsParser();

        assertThat(parser.accepts(truncated, null)).isTrue();
        assertThatThrownBy(() -> parser.parse(truncated, context(truncated), new InMemoryPhoneRecordSink()))
                .isInstanceOf(PhoneParseException.class)
                .hasMessageContaining("damaged or unreadable SQLite database")
                .hasMessageContaining("malformed")
                .satisfies(e -> assertThat(((PhoneParseException) e).messageKey())
                        .isEqualTo("phone.parse.damagedDatabase"));
    }

    @Test
    void aTruncatedCallLogIsNamedAsDamaged() throws Exception {
        Path truncated = truncatedCopy("plaso__contacts2.db", 8_192);

        assertThatThrownBy(() -> new AndroidContactsParser().parse(truncated, context(truncated),
                new InMemoryPhoneRecordSink())).isInstanceOf(PhoneParseException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void parsingLeavesTheEvidenceFileBitForBitUnchanged() throws Exception {
        Path copy = folder.resolve("mmssms.db");
        Files.copy(Corpus.phone("plaso__mmssms.db"), copy);
        byte[] before = Files.readAllBytes(copy);

        new AndroidSmsParser().parse(copy, context(copy), new InMemoryPhoneRecordSink());

        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("mmssms.db");
        }
    }

    @Test
    void aReportWithNullCharacterReferencesIsReadPastThem() throws Exception {
        String excerpt = Files.readString(Corpus.phone("iped__ufed-model-chat.xml"), StandardCharsets.UTF_8)
                .replace("Certo amigo veja ae", "Certo amigo&#x0; veja&#0; ae&#x1F;")
                .replace("<![CDATA[Vendo]]>", "Ven&#x0;do");
        Path report = folder.resolve("report.xml");
        Files.writeString(report, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<project xmlns=\"http://pa.cellebrite.com/report/2.0\" id=\"p\" name=\"test\">\n"
                + "<decodedData><modelType type=\"Chat\">" + excerpt + "</modelType></decodedData></project>",
                StandardCharsets.UTF_8);
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();

        new UfedReportParser().parse(report, context(report), sink);

        assertThat(sink.messages()).hasSize(11);
        assertThat(sink.messages()).extracting(m -> m.body()).contains("Certo amigo veja ae", "Vendo", "Obrigado");
    }

    @Test
    void withoutTheFilterTheSameReportIsRefusedByTheXmlParser() throws Exception {
        String xml = "<model type=\"Chat\" id=\"x\"><field name=\"Name\"><value>a&#x0;b</value></field></model>";
        var factory = javax.xml.stream.XMLInputFactory.newFactory();
        var reader = factory.createXMLStreamReader(new java.io.StringReader(xml));

        assertThatThrownBy(() -> {
            while (reader.hasNext()) {
                reader.next();
            }
        }).isInstanceOf(javax.xml.stream.XMLStreamException.class);
    }

    @Test
    void aUfdrIsStreamedFromItsZipAndAttachmentsFollowTheirTaggedFiles() throws Exception {
        String chat = Files.readString(Corpus.phone("iped__ufed-model-chat.xml"), StandardCharsets.UTF_8)
                .replace("<field name=\"attachment_extracted_path\"", "<field name=\"removed_path\"");
        String report = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<project xmlns=\"http://pa.cellebrite.com/report/2.0\" id=\"p\">"
                + "<metadata section=\"Device Info\"><item name=\"MSISDN\">0912345678</item>"
                + "<item name=\"IMEI\">490154203237518</item><item name=\"Name\">&#x0;</item></metadata>"
                + "<taggedFiles><file id=\"d70bf66b-49b6-4185-b2cd-1db458e19267\">"
                + "<metadata section=\"File\"><item name=\"Local Path\">files/Audio/PTT-20241103-WA0101.opus</item>"
                + "</metadata></file></taggedFiles>"
                + "<decodedData><modelType type=\"Chat\">" + chat + "</modelType></decodedData></project>";
        Path ufdr = folder.resolve("phone.ufdr");
        try (OutputStream out = Files.newOutputStream(ufdr); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("files/Audio/PTT-20241103-WA0101.opus"));
            zip.write(new byte[] {1, 2, 3});
            zip.putNextEntry(new ZipEntry("report.xml"));
            zip.write(report.getBytes(StandardCharsets.UTF_8));
        }
        UfdrParser parser = new UfdrParser();
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();

        assertThat(parser.accepts(ufdr, null)).isTrue();
        assertThat(new UfedReportParser().accepts(ufdr, null)).isFalse();
        parser.parse(ufdr, context(ufdr), sink);

        assertThat(sink.messages()).hasSize(11);
        assertThat(sink.messages()).flatExtracting(m -> m.attachments()).extracting(a -> a.extractedPath())
                .contains("files/Audio/PTT-20241103-WA0101.opus");
        assertThat(sink.devices()).singleElement().satisfies(d -> {
            assertThat(d.ownerNumber()).isEqualTo("+84912345678");
            assertThat(d.imei()).isEqualTo("490154203237518");
        });
    }
}
