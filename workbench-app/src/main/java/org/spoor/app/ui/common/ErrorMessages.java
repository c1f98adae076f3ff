package org.spoor.app.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.spoor.casefile.CaseException;

/**
 * Turns a failure into words for people: a {@link CaseException}'s message key through the
 * {@code errors} bundle (or, if that bundle lacks the key, a sentence for its kind), a file problem
 * into "could not read or write", anything else into the generic message. Never a stack trace.
 */
public final class ErrorMessages {

    private final CurrentLanguage language;

    public ErrorMessages(CurrentLanguage language) {
        this.language = language;
    }

    public UserMessage describe(Throwable failure) {
        Messages messages = language.messages();
        Optional<CaseException> caseProblem = find(failure, CaseException.class);
        if (caseProblem.isPresent()) {
            CaseException problem = caseProblem.get();
            String text = messages.error(problem.messageKey(), problem.arguments())
                    .orElseGet(() -> forKind(messages, problem));
            return new UserMessage(messages.text("error.case.title"), text);
        }
        Optional<IOException> fileProblem = find(failure, IOException.class);
        if (fileProblem.isPresent()) {
            String detail = fileProblem.get().getMessage() == null ? "" : fileProblem.get().getMessage();
            return new UserMessage(messages.text("error.file.title"), messages.format("error.file.text", detail));
        }
        return new UserMessage(messages.text("error.unexpected.title"), messages.text("error.unexpected.text"));
    }

    private static String forKind(Messages messages, CaseException problem) {
        Object[] arguments = problem.arguments();
        switch (problem.kind()) {
            case WRONG_PASSWORD:
                return messages.text("error.kind.wrongPassword");
            case NOT_A_CASE:
                return messages.text("error.kind.notACase");
            case IN_USE:
                return messages.format("error.kind.inUse", arguments.length > 0 ? arguments[0] : "?");
            case DAMAGED:
                return messages.text("error.kind.damaged");
            case TAMPERED:
                return messages.text("error.kind.tampered");
            case BAD_INPUT:
            default:
                return messages.text("error.kind.badInput");
        }
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            if (current instanceof UncheckedIOException && type == IOException.class) {
                return Optional.of(type.cast(current.getCause()));
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
