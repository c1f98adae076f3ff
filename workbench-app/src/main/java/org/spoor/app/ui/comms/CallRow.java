package org.spoor.app.ui.comms;

/** One call-log entry as the table shows it, texts already in the user's language and zone. */
public record CallRow(String time, String direction, String number, String name, String duration,
                      String answered, String citation) {
}
