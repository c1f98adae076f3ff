package org.spoor.mapping.userlayer.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute table of a shapefile (dBASE III): header with record count, header and record
 * length, then 32-byte field descriptors up to 0x0D, then fixed-width records each starting with
 * a deletion flag ('*' = deleted). Numbers are text; N/F fields become Double or Long.
 */
final class DbfTable {

    private record Field(String name, char type, int length, int decimals) {
    }

    private final List<Map<String, Object>> rows;

    DbfTable(Path dbf, Charset charset) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(dbf)).order(ByteOrder.LITTLE_ENDIAN);
        int count = b.getInt(4);
        int headerLength = Short.toUnsignedInt(b.getShort(8));
        int recordLength = Short.toUnsignedInt(b.getShort(10));
        List<Field> fields = new ArrayList<>();
        for (int at = 32; at + 32 <= headerLength && b.get(at) != 0x0D; at += 32) {
            byte[] name = new byte[11];
            b.get(at, name);
            int end = 0;
            while (end < name.length && name[end] != 0) {
                end++;
            }
            fields.add(new Field(new String(name, 0, end, charset).trim(), (char) b.get(at + 11),
                    Byte.toUnsignedInt(b.get(at + 16)), Byte.toUnsignedInt(b.get(at + 17))));
        }
        rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = headerLength + i * recordLength;
            if (at + recordLength > b.limit()) {
                break;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("_deleted", b.get(at) == '*');
            int pos = at + 1;
            for (Field f : fields) {
                byte[] raw = new byte[f.length()];
                b.get(pos, raw);
                row.put(f.name(), value(f, new String(raw, charset).trim()));
                pos += f.length();
            }
            rows.add(row);
        }
    }

    private static Object value(Field f, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (f.type() == 'N' || f.type() == 'F') {
                return f.decimals() == 0 && f.type() == 'N' ? (Object) Long.parseLong(text) : Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            return text; // '*****' overflow markers and similar stay as written
        }
        return text;
    }

    int size() {
        return rows.size();
    }

    /** Attributes of record {@code i} (0-based), without the deletion flag. */
    Map<String, Object> row(int i) {
        Map<String, Object> copy = new LinkedHashMap<>(rows.get(i));
        copy.remove("_deleted");
        return copy;
    }

    boolean deleted(int i) {
        return Boolean.TRUE.equals(rows.get(i).get("_deleted"));
    }
}
