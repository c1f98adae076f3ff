package org.spoor.ingest.phone.ufdr;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.spoor.comms.Device;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;

/**
 * Streams a Cellebrite {@code report.xml} (namespace {@code http://pa.cellebrite.com/report/2.0},
 * or a bare decoded-model excerpt): only one top-level model is in memory at a time, since reports
 * reach gigabytes. Tagged files (which attachments point at) come before the decoded data in real
 * reports and are remembered by id; Device Info (MSISDN, IMEI) becomes the device record.
 */
final class UfedReportReader {

    private final PhoneParseContext context;
    private final PhoneRecordSink sink;
    private final Map<String, String> taggedFilePaths = new HashMap<>();
    private final Map<String, String> taggedFileHashes = new HashMap<>();
    private final Map<String, String> deviceInfo = new HashMap<>();

    UfedReportReader(PhoneParseContext context, PhoneRecordSink sink) {
        this.context = context;
        this.sink = sink;
    }

    void read(InputStream report, String name) throws PhoneParseException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        UfedRecordMapper mapper = new UfedRecordMapper(context, sink, taggedFilePaths, taggedFileHashes);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new IllegalXmlCharacterFilter(
                    new BufferedReader(new InputStreamReader(report, StandardCharsets.UTF_8), 1 << 16)));
            String section = null;
            String fileId = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "model" -> mapper.map(UfedModelReader.read(xml));
                    case "file" -> fileId = xml.getAttributeValue(null, "id");
                    case "metadata" -> section = xml.getAttributeValue(null, "section");
                    case "item" -> item(xml, section, fileId);
                    default -> {
                        // Structure around the models (project, decodedData, modelType) needs nothing.
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new PhoneParseException("phone.parse.damagedReport", "damaged extraction report " + name + ": "
                    + e.getMessage(), e, name, String.valueOf(e.getMessage()));
        }
        device();
    }

    private void item(XMLStreamReader xml, String section, String fileId) throws XMLStreamException {
        String name = xml.getAttributeValue(null, "name");
        if (name == null) {
            return;
        }
        String value = xml.getElementText().trim();
        if (fileId != null && "Local Path".equals(name)) {
            taggedFilePaths.put(fileId, value);
        } else if (fileId != null && "sha256".equals(name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT))) {
            // Lets the pipeline link an attachment to its file by content, whatever the path says.
            taggedFileHashes.put(fileId, value);
        } else if (section != null && section.toLowerCase(Locale.ROOT).contains("device")) {
            deviceInfo.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
        }
    }

    private void device() {
        String msisdn = find("msisdn");
        String imei = find("imei");
        if (msisdn == null && imei == null) {
            return;
        }
        NormalisedNumber owner = msisdn == null ? null : context.numbers().normalise(msisdn);
        sink.device(new Device(null, context.source("metadata:Device Info"), msisdn,
                owner == null ? null : owner.e164(), imei, find("devicename"), find("model")));
    }

    private String find(String nameContains) {
        for (Map.Entry<String, String> e : deviceInfo.entrySet()) {
            if (e.getKey().replace(" ", "").contains(nameContains) && !e.getValue().isEmpty()) {
                return e.getValue();
            }
        }
        return null;
    }
}
