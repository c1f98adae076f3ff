package org.spoor.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.app.demo.TrainingCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spoor demo [--out DIR]}: builds the bundled training case end to end and prints where it is
 * and its password ({@code SPOOR_PASSWORD} if set, else a generated one).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build the bundled training case end to end and print where it is.")
final class DemoCommand implements Callable<Integer> {

    private static final String WORDS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final CliContext context;

    @Option(names = "--out", defaultValue = "demo-out", description = "Folder for the training case and its outputs")
    Path out;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String configured = context.environment().get("SPOOR_PASSWORD");
        char[] password = configured != null && !configured.isEmpty() ? configured.toCharArray() : generated();
        Files.createDirectories(out);
        Path caseDir = out.resolve("training-case.spoor");
        TrainingCase.Result result;
        try (TerminalProgress progress = new TerminalProgress(context, json, "cli.demo.progress")) {
            result = new TrainingCase(context.caseOptions()).build(caseDir, password,
                    (done, total) -> progress.update(done, total, 0));
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("case", result.caseDir().toAbsolutePath().toString());
            doc.put("password", new String(password));
            doc.put("exhibits", result.exhibits());
            doc.put("outputs", result.outputs());
            context.json().print(doc);
        } else {
            context.out().println(context.messages().get("cli.demo.done", result.caseDir().toAbsolutePath(),
                    new String(password), result.exhibits()));
            result.outputs().forEach((what, path) -> context.out().println("  " + what + ": " + path));
        }
        return ExitCodes.DONE;
    }

    private static char[] generated() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = i % 5 == 4 ? '-' : WORDS.charAt(random.nextInt(WORDS.length()));
        }
        return password;
    }
}
