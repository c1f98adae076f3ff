package org.spoor.app.bundle;

import org.spoor.exhibit.Exhibit;
import org.spoor.reports.bundle.model.Disclosure;
import org.spoor.reports.bundle.model.ExhibitContent;
import org.spoor.reports.bundle.model.ExhibitEntry;

/**
 * An exhibit's index entry: reference, description, source (its original path, and the exhibit it
 * was found inside), seizure place and local time, seal, custodian, hashes and media type.
 */
final class ExhibitIdentity {

    private final DisclosureScope scope;
    private final LocalTimes times;

    ExhibitIdentity(DisclosureScope scope, LocalTimes times) {
        this.scope = scope;
        this.times = times;
    }

    ExhibitEntry entry(Exhibit exhibit, ExhibitContent body) {
        return new ExhibitEntry(exhibit.ref(), description(exhibit), source(exhibit), exhibit.seizedPlace(),
                times.of(exhibit.seizedAt()), exhibit.sealNo(), exhibit.custodian(), exhibit.sha256(), exhibit.md5(),
                exhibit.mediaType(), Disclosure.DISCLOSABLE, body);
    }

    private static String description(Exhibit exhibit) {
        return exhibit.description() == null || exhibit.description().isBlank() ? exhibit.originalName()
                : exhibit.description();
    }

    private String source(Exhibit exhibit) {
        String path = exhibit.originalPath() == null || exhibit.originalPath().isBlank() ? exhibit.originalName()
                : exhibit.originalPath();
        if (exhibit.parentId() == null) {
            return path;
        }
        // The parent is disclosed too (a withheld parent withholds its children), so naming it is safe.
        Exhibit parent = scope.disclosedExhibit(exhibit.parentId());
        return parent == null ? path : path + " (inside " + parent.ref() + " " + parent.originalName() + ")";
    }
}
