package org.spoor.reports.offence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The offence-element templates shipped as data in {@code org/spoor/reports/offences/}. */
public final class OffenceTemplates {

    private static final String FOLDER = "/org/spoor/reports/offences/";

    private final List<OffenceTemplate> templates;

    private OffenceTemplates(List<OffenceTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    public static OffenceTemplates bundled() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<OffenceTemplate> loaded = new ArrayList<>();
        for (String file : read("index.txt").split("\n")) {
            if (!file.isBlank()) {
                try {
                    loaded.add(mapper.readValue(read(file.strip()), OffenceTemplate.class));
                } catch (IOException e) {
                    throw new UncheckedIOException("offence template " + file + " is malformed", e);
                }
            }
        }
        return new OffenceTemplates(loaded);
    }

    public List<OffenceTemplate> all() {
        return templates;
    }

    public Optional<OffenceTemplate> byId(String id) {
        return templates.stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }

    public List<OffenceTemplate> forCountry(String countryCode) {
        String code = countryCode == null ? "" : countryCode.toUpperCase(Locale.ROOT);
        return templates.stream().filter(t -> t.country().equals(code)).toList();
    }

    private static String read(String file) {
        try (InputStream in = OffenceTemplates.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("offence template missing from the build: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
