package org.spoor.comms;

/** Whether the seized phone's owner received or sent a message or call. */
public enum Direction {
    INCOMING,
    OUTGOING,
    UNKNOWN
}
