package org.spoor.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.spoor.comms.AttachmentLinks;
import org.spoor.comms.AttachmentLinks.Outcome;
import org.spoor.comms.AttachmentLinks.Unlinked;

/**
 * Links the attachments of an import's messages to the exhibits holding their bytes. Run once all
 * items of the import are in, because workers land a chat database and the photos it names in any
 * order. Only attachments not linked yet are looked at, so running it again (a resumed import) links
 * what the earlier run could not and changes nothing else.
 */
final class AttachmentLinker {

    /** What one pass did: attachments it linked, and those left with only their path. */
    record Result(int linked, int unlinked) {
    }

    private final DSLContext db;
    private final AttachmentLinks links;

    AttachmentLinker(DSLContext db) {
        this.db = db;
        this.links = new AttachmentLinks(db);
    }

    Result link(String importId) {
        List<Unlinked> pending = links.unlinkedInImport(importId);
        if (pending.isEmpty()) {
            return new Result(0, 0);
        }
        DumpFiles files = DumpFiles.ofImport(db, importId);
        List<Outcome> outcomes = new ArrayList<>(pending.size());
        int linked = 0;
        for (Unlinked attachment : pending) {
            Outcome outcome = files.find(attachment);
            outcomes.add(outcome);
            linked += outcome.exhibitId() == null ? 0 : 1;
        }
        links.record(outcomes);
        return new Result(linked, pending.size() - linked);
    }
}
