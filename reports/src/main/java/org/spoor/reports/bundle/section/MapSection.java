package org.spoor.reports.bundle.section;

import com.itextpdf.layout.element.Image;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;

/** The case map rendered by the mapping module (a PNG), with its caption. */
public final class MapSection implements BundleSection {

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("Map");
        if (disclosed.map().isEmpty()) {
            layout.note("No map was produced for this case.");
            return;
        }
        try {
            Image map = ExhibitPicture.of(disclosed.map().get());
            layout.document().add(map.setAutoScale(false).setMaxWidth(515).setMaxHeight(600));
        } catch (RuntimeException e) {
            layout.note("The map image could not be decoded.");
        }
        if (!disclosed.mapCaption().isBlank()) {
            layout.note(disclosed.mapCaption());
        }
    }
}
