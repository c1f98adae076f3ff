package org.spoor.ingest.phone.leapp;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the TSV files ALEAPP/iLEAPP write with Python's {@code csv.writer(delimiter='\t')} in
 * {@code utf-8-sig}: a byte-order mark, {@code \r\n} between rows, and a cell holding a tab, a quote
 * or a line break wrapped in double quotes with inner quotes doubled.
 */
final class LeappTsvReader {

    private final Reader in;
    private int pushedBack = -2;

    LeappTsvReader(Reader in) {
        this.in = in;
    }

    /** The next row's cells, or null at the end. A quoted cell left open at the end is a damaged file. */
    List<String> next() throws IOException, UnterminatedCell {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new UnterminatedCell();
                }
                cells.add(cell.toString());
                return cells;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
            } else if (c == '\t') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                c = read();
                continue;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                }
                cells.add(cell.toString());
                return cells;
            } else {
                cell.append((char) c);
            }
            cellStart = false;
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** The file ends inside a quoted cell: it was cut short. */
    static final class UnterminatedCell extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
