package org.spoor.ingest.phone.leapp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The ALEAPP/iLEAPP artifacts Spoor maps, known by their {@code data_headers} as the modules write
 * them (abrignoni/ALEAPP {@code scripts/artifacts/smsmms.py}, {@code calllog.py}, {@code contacts.py};
 * {@code whatsApp.py} in its legacy and newer layouts; abrignoni/iLEAPP {@code sms.py},
 * {@code callHistory.py}, {@code addressBook.py}). An artifact is
 * recognised when nearly all its signature columns are present; it can be read when its required
 * columns are (a required entry may name alternatives with {@code |}, newest first). iLEAPP drops
 * columns that are empty in every row, so the signature never demands all of them.
 */
enum LeappArtifact {

    ANDROID_SMS("ALEAPP SMS messages", Kind.MESSAGES,
            List.of("Date", "MSG ID", "Thread ID", "Address", "Contact ID", "Date sent", "Read", "Type", "Body",
                    "Service Center", "Error code"),
            List.of("Date", "Address", "Type", "Body")),
    IOS_SMS("iLEAPP SMS & iMessage", Kind.MESSAGES,
            List.of("Message Timestamp", "Read Timestamp", "Message", "Service", "Message Direction",
                    "Message Sent", "Message Delivered", "Message Read", "Account", "Account Login",
                    "Chat Contact ID", "Message Row ID", "Chat ID", "From Me"),
            List.of("Message Timestamp", "Message", "Message Direction|From Me", "Chat Contact ID")),
    WHATSAPP_LEGACY("ALEAPP WhatsApp - Messages", Kind.MESSAGES,
            List.of("Message Timestamp", "Received Timestamp", "Message ID", "Recipients", "Direction", "Message",
                    "Group Sender", "Attachment"),
            List.of("Message Timestamp", "Recipients", "Direction", "Message")),
    WHATSAPP("ALEAPP WhatsApp - Messages", Kind.MESSAGES,
            List.of("Message ID", "Direction", "Sender", "Send Timestamp", "Received Timestamp", "Content",
                    "Message Quoted", "Recipient", "Attachment"),
            List.of("Direction", "Sender", "Send Timestamp", "Content", "Recipient")),
    ANDROID_CALLS("ALEAPP Call logs", Kind.CALLS,
            List.of("Call Date", "Phone Account Address", "Partner", "Type", "Duration in Secs", "Partner Location",
                    "Country ISO", "Transcription"),
            List.of("Call Date", "Partner", "Type", "Duration in Secs")),
    IOS_CALLS("iLEAPP Call History", Kind.CALLS,
            List.of("Timestamp", "Phone Number", "Name", "Answered", "Call Type", "Call Direction", "Call Duration",
                    "ISO Country Code", "Location", "Service Provider"),
            List.of("Starting Timestamp|Timestamp", "Phone Number", "Call Direction", "Call Duration")),
    ANDROID_CONTACTS("ALEAPP Contacts", Kind.CONTACTS,
            List.of("mimetype", "data1", "display_name", "phone_number", "email address"),
            List.of("display_name", "phone_number")),
    IOS_CONTACTS("iLEAPP Address Book", Kind.CONTACTS,
            List.of("Creation Date", "Modification Date", "First Name", "Last Name", "Display Name", "Company",
                    "Phone Numbers", "Email addresses", "Storage Place"),
            List.of("Phone Numbers")),
    LOCATIONS("locations (Latitude/Longitude table)", Kind.LOCATIONS,
            List.of("Latitude", "Longitude"),
            List.of("Latitude", "Longitude"));

    private final String label;
    private final Kind kind;
    private final List<String> signature;
    private final List<String> required;

    LeappArtifact(String label, Kind kind, List<String> signature, List<String> required) {
        this.label = label;
        this.kind = kind;
        this.signature = LeappColumns.sanitizeAll(signature);
        this.required = required;
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    /** The artifact whose signature the columns carry best, if any carries enough of one. */
    static Optional<LeappArtifact> recognise(Collection<String> sanitizedColumns) {
        LeappArtifact best = null;
        int bestScore = 0;
        for (LeappArtifact a : values()) {
            long present = a.signature.stream().filter(sanitizedColumns::contains).count();
            int needed = Math.max(2, a.signature.size() * 2 / 3);
            if (present >= needed && present > bestScore) {
                best = a;
                bestScore = (int) present;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The required columns the row source lacks (by their first-named alternative); empty when readable. */
    List<String> missing(Collection<String> sanitizedColumns) {
        List<String> missing = new ArrayList<>();
        for (String entry : required) {
            boolean any = false;
            for (String alternative : entry.split("\\|")) {
                any |= sanitizedColumns.contains(LeappColumns.sanitize(alternative));
            }
            if (!any) {
                missing.add(entry.split("\\|")[0]);
            }
        }
        return missing;
    }

    /** What the artifact holds. */
    enum Kind {
        MESSAGES,
        CALLS,
        CONTACTS,
        LOCATIONS
    }
}
