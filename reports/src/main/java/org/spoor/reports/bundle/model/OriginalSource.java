package org.spoor.reports.bundle.model;

import java.io.IOException;
import java.io.InputStream;

/** Opens one original's bytes when the pack writer gets to it (the caller decrypts from the case). */
@FunctionalInterface
public interface OriginalSource {

    InputStream open() throws IOException;
}
