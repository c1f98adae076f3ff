package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.Arrays;

import org.spoor.reports.ReportsException;
import org.spoor.reports.sign.InvestigatorKey;

/**
 * The investigator's signing key for {@code --sign KEYSTORE.p12}, with its password from
 * {@code SPOOR_KEYSTORE_PASSWORD} (or the console), and the transfer password of an encrypted pack
 * from {@code SPOOR_PACK_PASSWORD}.
 */
final class SigningKeys {

    static final String KEYSTORE_PASSWORD = "SPOOR_KEYSTORE_PASSWORD";
    static final String PACK_PASSWORD = "SPOOR_PACK_PASSWORD";

    private final CliContext context;

    SigningKeys(CliContext context) {
        this.context = context;
    }

    InvestigatorKey load(Path keystore) throws UsageException, BadInputException {
        char[] password = secret(KEYSTORE_PASSWORD, "cli.sign.prompt");
        try {
            return InvestigatorKey.load(keystore, password);
        } catch (ReportsException e) {
            throw new BadInputException(context.messages().get("cli.sign.unreadable", keystore));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The pack's transfer password, or null when none is set (and the console cannot ask). */
    char[] packPassword(boolean required) throws UsageException {
        String value = context.environment().get(PACK_PASSWORD);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        return required ? secret(PACK_PASSWORD, "cli.pack.passwordPrompt") : null;
    }

    private char[] secret(String variable, String promptKey) throws UsageException {
        String value = context.environment().get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        if (context.console() == null) {
            throw new UsageException(context.messages().get("cli.sign.noPassword", variable));
        }
        char[] typed = context.console().readPassword("%s", context.messages().get(promptKey));
        if (typed == null || typed.length == 0) {
            throw new UsageException(context.messages().get("cli.password.empty"));
        }
        return typed;
    }
}
