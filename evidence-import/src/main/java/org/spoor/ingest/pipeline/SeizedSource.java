package org.spoor.ingest.pipeline;

import java.nio.file.Path;

/** One file to import, with the path recorded as where it was found. */
record SeizedSource(Path file, String originalPath, long size) {
}
