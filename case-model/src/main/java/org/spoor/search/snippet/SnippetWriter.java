package org.spoor.search.snippet;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Snippet} from pieces of raw text, collapsing whitespace runs (line breaks of
 * extracted text, OCR gaps) to one space while keeping the hit spans aligned with the result.
 */
public final class SnippetWriter {

    private final StringBuilder text = new StringBuilder();
    private final List<HitSpan> hits = new ArrayList<>();
    private boolean pendingSpace;

    /** Plain text between hits. */
    public SnippetWriter plain(CharSequence raw) {
        appendCollapsed(raw);
        return this;
    }

    /** A hit; adjoining or overlapping hits written in a row become one span. */
    public SnippetWriter hit(CharSequence raw) {
        flushSpace();
        int start = text.length();
        appendCollapsed(raw.toString().strip());
        int end = text.length();
        if (end > start) {
            HitSpan last = hits.isEmpty() ? null : hits.get(hits.size() - 1);
            if (last != null && last.end() == start) {
                hits.set(hits.size() - 1, new HitSpan(last.start(), end));
            } else {
                hits.add(new HitSpan(start, end));
            }
        }
        return this;
    }

    /** Ends one passage; the next starts after {@link Snippet#PASSAGE_SEPARATOR}. */
    public SnippetWriter separator() {
        pendingSpace = false;
        if (text.length() > 0) {
            trimTrailingSpace();
            text.append(Snippet.PASSAGE_SEPARATOR);
        }
        return this;
    }

    public Snippet toSnippet() {
        trimTrailingSpace();
        return new Snippet(text.toString(), hits);
    }

    private void appendCollapsed(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
            } else {
                flushSpace();
                text.append(c);
            }
        }
    }

    private void flushSpace() {
        if (pendingSpace && text.length() > 0 && !endsWithSpace()) {
            text.append(' ');
        }
        pendingSpace = false;
    }

    private boolean endsWithSpace() {
        return text.charAt(text.length() - 1) == ' ';
    }

    private void trimTrailingSpace() {
        int last = hits.isEmpty() ? 0 : hits.get(hits.size() - 1).end();
        while (text.length() > last && endsWithSpace()) {
            text.setLength(text.length() - 1);
        }
    }
}
