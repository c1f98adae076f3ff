package org.spoor.ingest.phone.ufdr;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one {@code <model>} element (the reader positioned on its start tag) into a {@link UfedModel}. */
final class UfedModelReader {

    private UfedModelReader() {
    }

    static UfedModel read(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        UfedModel model = new UfedModel(attributes.getOrDefault("type", ""), attributes);
        String fieldName = null;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if ("model".equals(element)) {
                    model.addChild(fieldName == null ? "" : fieldName, read(xml));
                    continue;
                }
                depth++;
                if (isField(element)) {
                    fieldName = xml.getAttributeValue(null, "name");
                } else if ("value".equals(element) && fieldName != null) {
                    model.addValue(fieldName, xml.getElementText());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (isField(xml.getLocalName())) {
                    fieldName = null;
                }
            }
        }
        return model;
    }

    private static boolean isField(String element) {
        return switch (element) {
            case "field", "multiField", "modelField", "multiModelField" -> true;
            default -> false;
        };
    }
}
