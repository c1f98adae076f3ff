package org.spoor.ingest.phone.xry;

import java.util.Locale;
import java.util.Set;

/**
 * The field labels and section names XRY writes in its text exports (as Autopsy's XRY parsers list
 * them for Messages-SMS, Calls, Contacts-Contacts and Device-General Information, plus the device
 * labels of newer exports). A text only counts as an XRY export when its lines carry these labels.
 */
final class XryLabels {

    private static final Set<String> KNOWN = Set.of("time", "type", "direction", "call type", "from", "to",
            "number", "tel", "mobile", "home", "work", "name", "name (matched)", "text", "message", "duration",
            "status", "folder", "storage", "index", "service center", "reference number", "segment number",
            "segments", "deleted", "related application", "application", "device", "imei", "msisdn", "imsi",
            "attribute", "data", "email", "e-mail", "web address", "domain", "latitude", "longitude",
            "first name", "last name", "subject", "account", "participant", "mobile id (imei)", "model",
            "manufacturer", "device name");

    /** Section names ("Messages-SMS", "Calls", "Contacts-Contacts") are compared by their first word. */
    private static final Set<String> SECTIONS = Set.of("messages", "calls", "contacts", "device", "web", "chat",
            "call", "sms", "mms", "locations", "log", "calendar", "files", "pictures", "audio", "video");

    private XryLabels() {
    }

    static boolean isKnown(String label) {
        return KNOWN.contains(label.trim().toLowerCase(Locale.ROOT));
    }

    static boolean isSection(String title) {
        String lower = title.trim().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return SECTIONS.contains(lower.substring(0, end));
    }

    /** What a section holds, from its name or the header's report type ("Messages/SMS", "Calls"). */
    static Kind kindOf(String section) {
        String s = section.toLowerCase(Locale.ROOT);
        if (s.startsWith("call") || s.contains("call log")) {
            return Kind.CALLS;
        }
        if (s.startsWith("messages") || s.startsWith("sms") || s.startsWith("mms") || s.startsWith("chat")) {
            return Kind.MESSAGES;
        }
        if (s.startsWith("contacts") || s.startsWith("phonebook")) {
            return Kind.CONTACTS;
        }
        if (s.startsWith("device") || s.startsWith("general information")) {
            return Kind.DEVICE;
        }
        return Kind.OTHER;
    }

    /** The record kinds Spoor maps; others (bookmarks, files) stay in the exhibit's text. */
    enum Kind {
        MESSAGES,
        CALLS,
        CONTACTS,
        DEVICE,
        OTHER
    }
}
