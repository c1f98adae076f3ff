package org.spoor.app.cli;

import java.util.List;
import java.util.Locale;

/** The countries Spoor has offence templates, gazetteers and languages for. */
final class Countries {

    static final List<String> SUPPORTED = List.of("VN", "LA", "KH", "ID", "MN", "PE", "EC", "CO");

    private Countries() {
    }

    static void requireKnown(String code, Messages messages) throws UsageException {
        if (code == null || !SUPPORTED.contains(code.toUpperCase(Locale.ROOT))) {
            throw new UsageException(messages.get("cli.case.unknownCountry", code, String.join(", ", SUPPORTED)));
        }
    }
}
