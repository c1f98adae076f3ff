package org.spoor.app.ui.network;

/** A link of the network as the table lists it, strongest first. */
public record LinkRow(String from, String to, int messages, int calls, int contacts) {
}
