package org.spoor.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.crypto.KdfParameters;

/** Runs the command line in-process with its own streams and environment, as scripts would see it. */
final class CliRun {

    final Map<String, String> environment = new HashMap<>(Map.of("SPOOR_PASSWORD", "a long test passphrase"));
    String out;
    String err;

    int run(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        CaseOptions options = new CaseOptions(Clock.fixed(Instant.parse("2026-03-14T05:40:00Z"), ZoneOffset.UTC),
                "tester", () -> KdfParameters.argon2id(8 * 1024, 1, 1), 2);
        CliContext context = new CliContext(new PrintWriter(outText, true), new PrintWriter(errText, true),
                environment, null, options, new Messages(Locale.ENGLISH), (caseDir, locale) -> { });
        int code = SpoorCommand.commandLine(context).execute(args);
        out = outText.toString();
        err = errText.toString();
        return code;
    }
}
