package org.spoor.app.demo.phones;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a Cellebrite {@code report.xml} (namespace {@code http://pa.cellebrite.com/report/2.0}) the way
 * UFED Physical Analyzer lays it out: project, device-info metadata, tagged files with their local path,
 * then decoded models whose fields hold typed values and whose parties are nested models.
 */
final class UfedReportXml {

    static final String NAMESPACE = "http://pa.cellebrite.com/report/2.0";

    private final XMLStreamWriter xml;
    private int nextId = 1;

    private UfedReportXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static UfedReportXml start(OutputStream out, String projectName) throws XMLStreamException {
        XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeStartElement("project");
        writer.writeDefaultNamespace(NAMESPACE);
        writer.writeAttribute("id", "6c1d2f1e-training");
        writer.writeAttribute("name", projectName);
        writer.writeAttribute("reportVersion", "7.60.0.0");
        writer.writeAttribute("extractionType", "AdvancedLogical");
        return new UfedReportXml(writer);
    }

    void deviceInfo(String... namesAndValues) throws XMLStreamException {
        xml.writeStartElement("metadata");
        xml.writeAttribute("section", "Device Info");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.writeStartElement("item");
            xml.writeAttribute("id", id());
            xml.writeAttribute("name", namesAndValues[i]);
            xml.writeAttribute("sourceExtraction", "0");
            xml.writeCData(namesAndValues[i + 1]);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    void startTaggedFiles() throws XMLStreamException {
        xml.writeStartElement("taggedFiles");
    }

    void taggedFile(String fileId, String devicePath, String localPath, String sha256) throws XMLStreamException {
        xml.writeStartElement("file");
        xml.writeAttribute("fs", "Apple iOS");
        xml.writeAttribute("path", devicePath);
        xml.writeAttribute("id", fileId);
        xml.writeAttribute("deleted", "Intact");
        xml.writeStartElement("metadata");
        xml.writeAttribute("section", "File");
        item("Local Path", localPath);
        item("SHA256", sha256);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void item(String name, String value) throws XMLStreamException {
        xml.writeStartElement("item");
        xml.writeAttribute("name", name);
        xml.writeCData(value);
        xml.writeEndElement();
    }

    void endElement() throws XMLStreamException {
        xml.writeEndElement();
    }

    void startDecodedData() throws XMLStreamException {
        xml.writeStartElement("decodedData");
    }

    void startModelType(String type) throws XMLStreamException {
        xml.writeStartElement("modelType");
        xml.writeAttribute("type", type);
    }

    void startModel(String type) throws XMLStreamException {
        xml.writeStartElement("model");
        xml.writeAttribute("type", type);
        xml.writeAttribute("id", id());
        xml.writeAttribute("deleted_state", "Intact");
        xml.writeAttribute("decoding_confidence", "High");
    }

    /** An attachment pointing at a tagged file of the report by its id, as UFED writes it. */
    void attachment(String fileId, String fileName, String contentType, String localPath) throws XMLStreamException {
        startModel("Attachment");
        xml.writeAttribute("file_id", fileId);
        text("Filename", fileName);
        text("ContentType", contentType);
        text("attachment_extracted_path", localPath);
        endElement();
    }

    void field(String name, String type, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("field");
        xml.writeAttribute("name", name);
        xml.writeAttribute("type", type);
        xml.writeStartElement("value");
        xml.writeAttribute("type", type);
        xml.writeCData(value);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    void text(String name, String value) throws XMLStreamException {
        field(name, "String", value);
    }

    /** A nested model field ({@code From}, {@code To}) or list of models ({@code Participants}, {@code Messages}). */
    void startModelField(String name, String type, boolean many) throws XMLStreamException {
        xml.writeStartElement(many ? "multiModelField" : "modelField");
        xml.writeAttribute("name", name);
        xml.writeAttribute("type", type);
    }

    void party(String identifier, String name, boolean owner) throws XMLStreamException {
        startModel("Party");
        text("Identifier", identifier);
        text("Name", name);
        field("IsPhoneOwner", "Boolean", owner ? "True" : "False");
        endElement();
    }

    void finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private String id() {
        return String.format("9b7c%04d-0000-4000-8000-%012d", nextId, nextId++);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
