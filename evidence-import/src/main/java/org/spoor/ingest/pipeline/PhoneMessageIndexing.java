package org.spoor.ingest.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitRepository;
import org.spoor.ingest.phone.RecordSearchIndex;
import org.spoor.search.IndexedItem;
import org.spoor.search.SearchIndex;

/**
 * Each message of a phone database as an item of the case's search index, kind {@code message}, under its
 * exhibit's name and custodian, with its time, sender and recipients: a search for {@code vảy tê tê} or a
 * number finds the message and its place ({@code sms:_id=42}), and the time and custodian filters apply.
 */
public final class PhoneMessageIndexing implements RecordSearchIndex {

    static final String KIND = "message";

    private final SearchIndex index;
    private final ExhibitRepository exhibits;
    private final Map<Long, Exhibit> seen = new ConcurrentHashMap<>();

    public PhoneMessageIndexing(SearchIndex index, ExhibitRepository exhibits) {
        this.index = index;
        this.exhibits = exhibits;
    }

    @Override
    public void message(Message message) {
        Exhibit exhibit = seen.computeIfAbsent(message.source().exhibitId(), id -> exhibits.byId(id).orElseThrow(
                () -> new IllegalStateException("a message of exhibit " + id + ", which is not registered")));
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("ref", exhibit.ref());
        extra.put("service", message.service());
        if (message.sender() != null) {
            extra.put("from", party(message.sender()));
        }
        if (!message.recipients().isEmpty()) {
            extra.put("to", message.recipients().stream().map(PhoneMessageIndexing::party)
                    .collect(Collectors.joining(", ")));
        }
        index.indexRecord(new IndexedItem(exhibit.id(), exhibit.originalName(), null,
                message.body() == null ? "" : message.body(), null,
                message.sentAt() == null ? null : message.sentAt().instant(), exhibit.custodian(), KIND, extra),
                message.source().locator());
    }

    @Override
    public void discard(long exhibitId) {
        index.deleteRecords(exhibitId);
    }

    private static String party(Party party) {
        String raw = party.raw() == null ? "" : party.raw();
        return party.displayName() == null || party.displayName().isBlank() ? raw
                : party.displayName() + " " + raw;
    }
}
