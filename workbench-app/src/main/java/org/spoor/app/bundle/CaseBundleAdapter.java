package org.spoor.app.bundle;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.CallRepository;
import org.spoor.comms.ConversationRepository;
import org.spoor.comms.LocationRepository;
import org.spoor.comms.MessageRepository;
import org.spoor.entity.EntityRepository;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.basemap.Basemap;
import org.spoor.mapping.basemap.BasemapLoader;
import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.model.CaseSummary;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.NoContent;
import org.spoor.reports.offence.OffenceTemplates;

/**
 * Builds the reports module's {@link BundleRequest} from an open case. Disclosure is decided here,
 * before anything is read: exhibits marked informant material or not for disclosure, and every
 * exhibit found inside them, never reach the request (no reference, text, hash, message, position
 * or person). The request carries only their number per category, as anonymous placeholders that
 * the bundle writer counts in its withheld-material section and prints nothing else of.
 */
public final class CaseBundleAdapter {

    private final Supplier<Basemap> basemap;
    private final Supplier<Gazetteer> gazetteer;
    private final OffenceTemplates templates;

    /** Loads the offline basemap and gazetteer on first use (about a second), then keeps them. */
    public CaseBundleAdapter() {
        this(new Once<>(() -> new BasemapLoader().load()), new Once<>(() -> new GazetteerLoader().load()),
                OffenceTemplates.bundled());
    }

    public CaseBundleAdapter(Supplier<Basemap> basemap, Supplier<Gazetteer> gazetteer, OffenceTemplates templates) {
        this.basemap = basemap;
        this.gazetteer = gazetteer;
        this.templates = templates;
    }

    public CaseBundle adapt(CaseFile caseFile, BundleOptions options) throws IOException {
        CaseDetails details = caseFile.details();
        LocalTimes times = new LocalTimes(CaseZones.of(details.country()));
        DisclosureScope scope = new DisclosureScope(caseFile.exhibits().all());
        ExhibitContentRepository contents = new ExhibitContentRepository(caseFile.db());
        EntityRepository entities = new EntityRepository(caseFile.db());
        ExhibitBodies bodies = new ExhibitBodies(contents, caseFile.blobs(),
                new PhoneTranscripts(new MessageRepository(caseFile.db()), new ConversationRepository(caseFile.db()),
                        new CallRepository(caseFile.db()), new LocationRepository(caseFile.db()), times, scope::refOf),
                new ExhibitPictures(caseFile.blobs(), times));
        ExhibitIdentity identity = new ExhibitIdentity(scope, times);
        List<ExhibitEntry> entries = new ArrayList<>();
        TimelineRows timeline = new TimelineRows();
        for (Exhibit exhibit : scope.disclosed()) {
            ExhibitEntry entry = identity.entry(exhibit, bodies.of(exhibit));
            entries.add(entry);
            timeline.add(entry, photoTaken(contents, exhibit, times));
        }
        entries.addAll(placeholders(scope));
        String jurisdiction = details.jurisdiction() == null || details.jurisdiction().isBlank()
                ? details.country() : details.jurisdiction();
        CaseMap map = new CaseMap(basemap, gazetteer);
        MapModel mapModel = map.model(caseFile, scope);
        BundleRequest request = new BundleRequest(
                summary(details, jurisdiction, options, timeline.leftOut()), entries,
                new CustodyRows(caseFile.custody(), caseFile.audit(), times).of(scope.disclosed()),
                List.of(), new OffenceLinks(entities).suggest(templates.forCountry(jurisdiction), scope),
                map.png(mapModel), mapModel.points().size() + " located items of the disclosed exhibits (seizure "
                        + "sites geocoded from the place written on the record, photo positions, phone locations, "
                        + "coordinates in text). Times in this bundle are local to " + times.zone().getId() + ".",
                timeline.rows(), new PeopleRows(entities).of(scope), List.of());
        return new CaseBundle(request, scope.disclosed(), scope.withheldCounts());
    }

    private static OffsetDateTime photoTaken(ExhibitContentRepository contents, Exhibit exhibit, LocalTimes times) {
        if (!ExhibitPictures.isPicture(exhibit)) {
            return null;
        }
        return contents.forExhibit(exhibit.id()).map(c -> times.of(c.photoTakenAt())).orElse(null);
    }

    /**
     * One anonymous entry per withheld exhibit: a made-up reference, no description, no hash, no
     * content. The writer counts them by category and prints nothing else of them.
     */
    private static List<ExhibitEntry> placeholders(DisclosureScope scope) {
        List<ExhibitEntry> placeholders = new ArrayList<>();
        int n = 0;
        for (Disclosure category : List.of(Disclosure.INFORMANT, Disclosure.NOT_FOR_DISCLOSURE)) {
            for (int i = 0; i < scope.withheld(category); i++) {
                placeholders.add(new ExhibitEntry("WITHHELD-" + (++n), "", "", "", null, "", "", "", "", "",
                        org.spoor.reports.bundle.model.Disclosure.valueOf(category.name()), new NoContent("")));
            }
        }
        return placeholders;
    }

    private static CaseSummary summary(CaseDetails details, String jurisdiction, BundleOptions options,
                                       int timelineLeftOut) {
        StringBuilder text = new StringBuilder(options.summary().strip());
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(OffenceLinks.SUGGESTED_NOTE);
        if (timelineLeftOut > 0) {
            text.append("\n\nThe timeline lists at most ").append(TimelineRows.PER_EXHIBIT)
                    .append(" messages and calls per phone; ").append(timelineLeftOut)
                    .append(" more are in the phones' transcripts in the exhibits section.");
        }
        return new CaseSummary(details.title(), details.caseId(), details.unit(), details.investigator(),
                options.prosecutorOffice(), jurisdiction, options.date(), options.handlingBanner(), text.toString());
    }

    /** Loads a shipped data set once, on first use, and keeps it (they are immutable). */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> loader;
        private T loaded;

        Once(Supplier<T> loader) {
            this.loader = loader;
        }

        @Override
        public synchronized T get() {
            if (loaded == null) {
                loaded = loader.get();
            }
            return loaded;
        }
    }
}
