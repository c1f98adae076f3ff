package org.spoor.app.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.spoor.casefile.CaseOptions;

/**
 * What every command receives: where to write, where passwords come from, how cases are opened.
 * The composition root of the command line; tests build one with their own streams and options.
 */
public record CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment, Console console,
                         CaseOptions caseOptions, Messages messages, GuiLauncher gui) {

    public static CliContext fromEnvironment(GuiLauncher gui) {
        Map<String, String> env = System.getenv();
        String actor = env.getOrDefault("SPOOR_ACTOR", System.getProperty("user.name", "investigator"));
        return new CliContext(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), env, System.console(),
                CaseOptions.defaults(actor), new Messages(Locale.getDefault()), gui);
    }

    public PasswordSource passwords() {
        return new PasswordSource(environment, console, messages);
    }

    public JsonOutput json() {
        return new JsonOutput(out);
    }
}
