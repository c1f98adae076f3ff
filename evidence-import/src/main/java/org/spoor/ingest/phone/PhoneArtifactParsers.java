package org.spoor.ingest.phone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The phone parsers of one import worker, discovered with {@link ServiceLoader}: each worker
 * creates its own instance, so parsers are never shared between threads.
 */
public final class PhoneArtifactParsers {

    private final List<PhoneArtifactParser> parsers = new ArrayList<>();

    public PhoneArtifactParsers() {
        ServiceLoader.load(PhoneArtifactParser.class, PhoneArtifactParser.class.getClassLoader())
                .forEach(parsers::add);
    }

    public List<PhoneArtifactParser> all() {
        return List.copyOf(parsers);
    }

    /** The first parser that recognises the file by its content, if any. */
    public Optional<PhoneArtifactParser> find(Path file, String mediaType) throws IOException {
        for (PhoneArtifactParser parser : parsers) {
            if (parser.accepts(file, mediaType)) {
                return Optional.of(parser);
            }
        }
        return Optional.empty();
    }
}
