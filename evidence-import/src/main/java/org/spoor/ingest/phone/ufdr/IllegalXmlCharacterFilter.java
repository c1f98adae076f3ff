package org.spoor.ingest.phone.ufdr;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Drops what XML 1.0 forbids but real Cellebrite reports contain: character references to
 * control characters ({@code &#x0;}, {@code &#1;}, {@code &#xFFFE;}) and the raw control characters
 * themselves. Without this a StAX parser stops at the first one and the rest of the report is lost.
 */
final class IllegalXmlCharacterFilter extends FilterReader {

    /** Longest reference kept in look-ahead: {@code &#x10FFFF;} is 10 characters. */
    private static final int MAX_REFERENCE = 12;

    private final char[] pending = new char[MAX_REFERENCE];
    private int pendingStart;
    private int pendingEnd;
    private int lookahead = -2;

    IllegalXmlCharacterFilter(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            if (pendingStart < pendingEnd) {
                return pending[pendingStart++];
            }
            int c = next();
            if (c < 0) {
                return -1;
            }
            if (c == '&') {
                if (!bufferReference()) {
                    pendingStart = 0;
                    pendingEnd = 0;
                    continue;
                }
                return pending[pendingStart++];
            }
            if (isAllowed(c)) {
                return c;
            }
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int count = 0;
        while (count < length) {
            int c = read();
            if (c < 0) {
                return count == 0 ? -1 : count;
            }
            buffer[offset + count++] = (char) c;
        }
        return count;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Reads what follows an '&amp;'. Returns false if it was a character reference to a forbidden
     * character (dropped); otherwise leaves the characters read in {@code pending}.
     */
    private boolean bufferReference() throws IOException {
        pendingStart = 0;
        pendingEnd = 0;
        pending[pendingEnd++] = '&';
        int c = next();
        if (c != '#') {
            pushBack(c);
            return true;
        }
        pending[pendingEnd++] = '#';
        while (pendingEnd < MAX_REFERENCE) {
            c = next();
            if (c < 0) {
                return true;
            }
            if (c == ';') {
                pending[pendingEnd++] = ';';
                return !isForbiddenReference(new String(pending, 2, pendingEnd - 3));
            }
            if (!Character.isLetterOrDigit(c)) {
                pushBack(c);
                return true;
            }
            pending[pendingEnd++] = (char) c;
        }
        return true;
    }

    private static boolean isForbiddenReference(String body) {
        try {
            int code = body.startsWith("x") || body.startsWith("X") ? Integer.parseInt(body.substring(1), 16)
                    : Integer.parseInt(body);
            return !isAllowed(code) || (code >= 0xD800 && code <= 0xDFFF);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The XML 1.0 {@code Char} production. */
    private static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF)
                // Surrogate halves arrive one by one from a Reader and are legal as a pair.
                || (c >= 0xD800 && c <= 0xDFFF);
    }

    private int next() throws IOException {
        if (lookahead != -2) {
            int c = lookahead;
            lookahead = -2;
            return c;
        }
        return in.read();
    }

    private void pushBack(int c) {
        lookahead = c;
    }
}
