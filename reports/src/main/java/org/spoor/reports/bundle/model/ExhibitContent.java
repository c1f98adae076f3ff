package org.spoor.reports.bundle.model;

/** The body of an exhibit as it is laid out in the exhibits section. */
public sealed interface ExhibitContent
        permits DocumentText, ImageContent, MessageThread, CallLogTable, NoContent {
}
