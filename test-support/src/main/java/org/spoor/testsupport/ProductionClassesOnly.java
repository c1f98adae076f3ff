package org.spoor.testsupport;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Like ArchUnit's {@code DoNotIncludeTests}, but also for builds into {@code target-NAME/} (parallel
 * builds in one tree), whose test classes ArchUnit's own pattern does not recognise.
 */
public final class ProductionClassesOnly implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("/test-classes/");
    }
}
