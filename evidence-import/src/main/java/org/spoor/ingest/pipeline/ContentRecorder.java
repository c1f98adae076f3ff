package org.spoor.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.ingest.entities.EntityRecorder;
import org.spoor.ingest.extract.ExtractedItem;
import org.spoor.ingest.extract.PhotoFacts;
import org.spoor.search.IndexedItem;
import org.spoor.search.SearchIndex;
import org.spoor.search.watch.WatchHitRepository;
import org.spoor.search.watch.WatchListMatcher;

/** Keeps what extraction found for one exhibit: its content row, its search entry and its entities. */
final class ContentRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExhibitContentRepository contents;
    private final SearchIndex index;
    private final EntityRecorder entities;
    private final WatchListMatcher watchLists;
    private final WatchHitRepository watchHits;

    ContentRecorder(ExhibitContentRepository contents, SearchIndex index, EntityRecorder entities,
                    WatchListMatcher watchLists, WatchHitRepository watchHits) {
        this.contents = contents;
        this.index = index;
        this.entities = entities;
        this.watchLists = watchLists;
        this.watchHits = watchHits;
    }

    /**
     * Returns how many new watch-list hits the item raised. Entities are taken from the text unless the
     * item is part of a phone artefact already read record by record (a UFDR's report.xml): its
     * numbers then come with their model as the source, not once more from the XML's text.
     */
    int record(Exhibit exhibit, ExtractedItem item, boolean entitiesFromText) {
        PhotoFacts photo = item.photo();
        contents.save(new ExhibitContent(exhibit.id(), item.text(), item.language(), item.ocrApplied(),
                item.problem() == null ? null : item.problem().kind().name(),
                item.problem() == null ? null : item.problem().reason(), json(item.metadata()),
                photo == null ? null : photo.latitude(), photo == null ? null : photo.longitude(),
                photo == null ? null : photo.takenAt(), photo == null ? null : photo.originalOffset(),
                photo == null ? null : device(photo)));
        Instant itemTime = photo != null && photo.takenAt() != null ? photo.takenAt() : exhibit.seizedAt();
        IndexedItem indexed = new IndexedItem(exhibit.id(), exhibit.originalName(), item.mediaType(), item.text(),
                item.language(), itemTime, exhibit.custodian(), kind(item.mediaType()),
                Map.of("ref", exhibit.ref(), "path", exhibit.originalPath() == null ? "" : exhibit.originalPath()));
        index.index(indexed);
        if (entitiesFromText && !item.text().isBlank()) {
            entities.recordText(exhibit.id(), exhibit.ref(), item.text());
        }
        return watchHits.record(watchLists.matches(indexed));
    }

    private static String device(PhotoFacts photo) {
        String make = photo.deviceMake() == null ? "" : photo.deviceMake();
        String model = photo.deviceModel() == null ? "" : photo.deviceModel();
        String both = (make + " " + model).trim();
        return both.isEmpty() ? null : both;
    }

    static String kind(String mediaType) {
        if (mediaType.startsWith("image/")) {
            return "image";
        }
        if (mediaType.startsWith("audio/") || mediaType.startsWith("video/")) {
            return "media";
        }
        if (mediaType.contains("message") || mediaType.contains("mbox") || mediaType.contains("outlook")) {
            return "email";
        }
        return "document";
    }

    private static String json(Map<String, ?> metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
