package org.spoor.app.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Where a case password comes from: {@code SPOOR_PASSWORD}, then {@code SPOOR_PASSWORD_FILE} (first
 * line), then the console. The new password of {@code case passwd} comes from {@code SPOOR_NEW_PASSWORD}.
 */
public final class PasswordSource {

    private final Map<String, String> environment;
    private final Console console;
    private final Messages messages;

    PasswordSource(Map<String, String> environment, Console console, Messages messages) {
        this.environment = environment;
        this.console = console;
        this.messages = messages;
    }

    public char[] casePassword() throws IOException, UsageException {
        return fromEnvironment("SPOOR_PASSWORD", "SPOOR_PASSWORD_FILE", "cli.password.prompt", false);
    }

    /** For a new case: asked twice on the console. */
    public char[] newCasePassword() throws IOException, UsageException {
        return fromEnvironment("SPOOR_PASSWORD", "SPOOR_PASSWORD_FILE", "cli.password.new", true);
    }

    public char[] replacementPassword() throws IOException, UsageException {
        return fromEnvironment("SPOOR_NEW_PASSWORD", "SPOOR_NEW_PASSWORD_FILE", "cli.password.new", true);
    }

    private char[] fromEnvironment(String variable, String fileVariable, String promptKey, boolean twice)
            throws IOException, UsageException {
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        String file = environment.get(fileVariable);
        if (file != null && !file.isEmpty()) {
            String firstLine = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst()
                    .orElse("");
            return firstLine.toCharArray();
        }
        if (console == null) {
            throw new UsageException(messages.get("cli.password.none", variable));
        }
        char[] password = console.readPassword("%s", messages.get(promptKey));
        if (twice) {
            char[] again = console.readPassword("%s", messages.get("cli.password.again"));
            if (!Arrays.equals(password, again)) {
                throw new UsageException(messages.get("cli.password.mismatch"));
            }
        }
        if (password == null || password.length == 0) {
            throw new UsageException(messages.get("cli.password.empty"));
        }
        return password;
    }
}
