package org.spoor.reports.bundle.section;

import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;

/** One part of the bundle, written from the disclosed case only. */
public interface BundleSection {

    void write(BundleLayout layout, DisclosedCase disclosed);
}
