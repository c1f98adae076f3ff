package org.spoor.reports.pack;

import java.nio.file.Path;

/** What was written: payload files and bytes, and how many originals were withheld. */
public record PackSummary(Path pack, int payloadFiles, long payloadBytes, int withheldOriginals,
                          boolean encrypted) {
}
