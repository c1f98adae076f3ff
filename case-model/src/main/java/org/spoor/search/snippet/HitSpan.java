package org.spoor.search.snippet;

/** A marked hit inside a snippet's text: characters {@code [start, end)}. */
public record HitSpan(int start, int end) {

    public HitSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
