package org.spoor.app.ui.start;

import java.io.IOException;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;

import org.spoor.app.ui.common.ErrorDialogs;
import org.spoor.casefile.CaseException;

/**
 * What the create and open dialogs do with a failure: a problem the person can act on (wrong password,
 * not a case, in use, a folder that cannot be written) is shown inside the dialog; anything else is a
 * bug and goes to the error dialog.
 */
final class CaseFailures implements Consumer<Throwable> {

    private final ErrorDialogs errors;
    private final StringProperty inlineMessage;

    CaseFailures(ErrorDialogs errors, StringProperty inlineMessage) {
        this.errors = errors;
        this.inlineMessage = inlineMessage;
    }

    @Override
    public void accept(Throwable failure) {
        if (failure instanceof CaseException || failure instanceof IOException) {
            inlineMessage.set(errors.logAndDescribe(failure).text());
        } else {
            errors.show(null, failure);
        }
    }
}
