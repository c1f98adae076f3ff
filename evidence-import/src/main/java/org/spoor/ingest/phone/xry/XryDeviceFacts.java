package org.spoor.ingest.phone.xry;

import java.util.List;
import java.util.Locale;
import org.spoor.comms.Device;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.phone.PhoneParseContext;

/**
 * The seized phone as XRY's "Device-General Information" describes it: records of an
 * {@code Attribute} ("Mobile Id (IMEI)", "MSISDN", "Device Name") and its {@code Data}, or newer
 * exports' direct {@code IMEI:} and {@code MSISDN:} lines. Collected over the whole export.
 */
final class XryDeviceFacts {

    private String locator;
    private String imei;
    private String msisdn;
    private String name;
    private String model;

    void add(XryRecord record) {
        if (locator == null) {
            locator = record.locator();
        }
        String attribute = record.value("Attribute").orElse(null);
        String data = record.value("Data").orElse(null);
        if (attribute != null && data != null) {
            put(attribute, data);
        }
        for (XryRecord.Field f : record.fields()) {
            if (!f.is("Attribute") && !f.is("Data")) {
                put(f.label(), f.value());
            }
        }
    }

    private void put(String attribute, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String a = attribute.trim().toLowerCase(Locale.ROOT);
        if (List.of("imei", "mobile id (imei)", "imei/meid").contains(a)) {
            imei = imei == null ? value.trim() : imei;
        } else if (List.of("msisdn", "phone number", "own number", "subscriber number").contains(a)) {
            msisdn = msisdn == null ? value.trim() : msisdn;
        } else if (List.of("device name", "device").contains(a)) {
            name = name == null ? value.trim() : name;
        } else if (a.equals("model") || a.equals("device type")) {
            model = model == null ? value.trim() : model;
        }
    }

    boolean known() {
        return imei != null || msisdn != null;
    }

    Device device(PhoneParseContext context) {
        NormalisedNumber owner = msisdn == null ? null : context.numbers().normalise(msisdn);
        return new Device(null, context.source(locator), msisdn, owner == null ? null : owner.e164(), imei, name,
                model);
    }
}
