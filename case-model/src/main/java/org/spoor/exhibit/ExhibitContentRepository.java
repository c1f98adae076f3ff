package org.spoor.exhibit;

import static org.spoor.casefile.db.Tables.EXHIBIT_CONTENT;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.ExhibitContentRecord;

/** Extracted content per exhibit; rewritten freely, because it is derived from the stored original. */
public final class ExhibitContentRepository {

    private final DSLContext dsl;

    public ExhibitContentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void save(ExhibitContent content) {
        ExhibitContentRecord row = dsl.newRecord(EXHIBIT_CONTENT);
        row.setExhibitId(content.exhibitId());
        row.setText(content.text());
        row.setTextChars((long) (content.text() == null ? 0 : content.text().length()));
        row.setLanguage(content.language());
        row.setOcrApplied(content.ocrApplied());
        row.setProblemKind(content.problemKind());
        row.setProblemReason(content.problemReason());
        row.setMetadata(content.metadataJson());
        row.setPhotoLat(content.photoLatitude());
        row.setPhotoLon(content.photoLongitude());
        row.setPhotoTakenAt(content.photoTakenAt() == null ? null : content.photoTakenAt().atOffset(ZoneOffset.UTC));
        row.setPhotoOffset(content.photoOffset());
        row.setPhotoDevice(content.photoDevice());
        dsl.insertInto(EXHIBIT_CONTENT).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    public Optional<ExhibitContent> forExhibit(long exhibitId) {
        return dsl.selectFrom(EXHIBIT_CONTENT).where(EXHIBIT_CONTENT.EXHIBIT_ID.eq(exhibitId))
                .fetchOptional(ExhibitContentRepository::toContent);
    }

    /** Exhibits whose content could not be extracted, with the reason. */
    public List<ExhibitContent> withProblems() {
        return dsl.selectFrom(EXHIBIT_CONTENT).where(EXHIBIT_CONTENT.PROBLEM_KIND.isNotNull())
                .orderBy(EXHIBIT_CONTENT.EXHIBIT_ID).fetch(ExhibitContentRepository::toContent);
    }

    /** Exhibits with a photo position, for the map. */
    public List<ExhibitContent> located() {
        return dsl.selectFrom(EXHIBIT_CONTENT).where(EXHIBIT_CONTENT.PHOTO_LAT.isNotNull())
                .orderBy(EXHIBIT_CONTENT.EXHIBIT_ID).fetch(ExhibitContentRepository::toContent);
    }

    private static ExhibitContent toContent(ExhibitContentRecord row) {
        return new ExhibitContent(row.getExhibitId(), row.getText(), row.getLanguage(),
                Boolean.TRUE.equals(row.getOcrApplied()), row.getProblemKind(), row.getProblemReason(),
                row.getMetadata(), row.getPhotoLat(), row.getPhotoLon(),
                row.getPhotoTakenAt() == null ? null : row.getPhotoTakenAt().toInstant(), row.getPhotoOffset(),
                row.getPhotoDevice());
    }
}
