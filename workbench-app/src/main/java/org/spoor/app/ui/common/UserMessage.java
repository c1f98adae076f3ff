package org.spoor.app.ui.common;

/** What a person is told about a failure: a short title and a sentence saying what happened and what to do. */
public record UserMessage(String title, String text) {
}
