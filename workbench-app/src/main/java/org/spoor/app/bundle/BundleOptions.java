package org.spoor.app.bundle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the case file does not hold but the bundle's cover needs: the prosecutor's office, the
 * handling banner printed on every page, the investigator's summary and the bundle date.
 */
public record BundleOptions(String prosecutorOffice, String handlingBanner, String summary, LocalDate date) {

    public static final String DEFAULT_BANNER = "OFFICIAL-SENSITIVE: LAW ENFORCEMENT — PROSECUTION DISCLOSURE";

    public BundleOptions {
        Objects.requireNonNull(date, "date");
        prosecutorOffice = prosecutorOffice == null ? "" : prosecutorOffice;
        handlingBanner = handlingBanner == null || handlingBanner.isBlank() ? DEFAULT_BANNER : handlingBanner;
        summary = summary == null ? "" : summary;
    }

    public static BundleOptions on(LocalDate date) {
        return new BundleOptions("", DEFAULT_BANNER, "", date);
    }
}
