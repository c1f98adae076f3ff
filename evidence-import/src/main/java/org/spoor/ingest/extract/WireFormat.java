package org.spoor.ingest.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field encodings shared by the parent and the parser worker. Hand-written on purpose: the parent never runs
 * Java deserialisation on bytes produced by a process that has just parsed hostile input.
 */
public final class WireFormat {

    /** Longest string accepted from the other side (the worker caps text far below this). */
    static final int MAX_STRING_BYTES = 1 << 30;
    private static final int MAX_ENTRIES = 1 << 20;

    private WireFormat() {
    }

    public static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("bad string length on the worker channel: " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    public static void writeMetadata(DataOutputStream out, Map<String, List<String>> metadata) throws IOException {
        out.writeInt(metadata.size());
        for (Map.Entry<String, List<String>> entry : metadata.entrySet()) {
            writeString(out, entry.getKey());
            out.writeInt(entry.getValue().size());
            for (String value : entry.getValue()) {
                writeString(out, value);
            }
        }
    }

    public static Map<String, List<String>> readMetadata(DataInputStream in) throws IOException {
        int keys = checkedCount(in.readInt());
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (int i = 0; i < keys; i++) {
            String key = readString(in);
            int count = checkedCount(in.readInt());
            List<String> values = new ArrayList<>(Math.min(count, 64));
            for (int j = 0; j < count; j++) {
                values.add(readString(in));
            }
            metadata.put(key, values);
        }
        return metadata;
    }

    public static void writeProblem(DataOutputStream out, ExtractionProblem problem) throws IOException {
        writeString(out, problem == null ? null : problem.kind().name());
        if (problem != null) {
            writeString(out, problem.reason());
        }
    }

    public static ExtractionProblem readProblem(DataInputStream in) throws IOException {
        String kind = readString(in);
        if (kind == null) {
            return null;
        }
        try {
            return new ExtractionProblem(ExtractionProblem.Kind.valueOf(kind), readString(in));
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown problem kind on the worker channel: " + kind, e);
        }
    }

    public static void writePhoto(DataOutputStream out, PhotoFacts photo) throws IOException {
        out.writeBoolean(photo != null);
        if (photo == null) {
            return;
        }
        writeDouble(out, photo.latitude());
        writeDouble(out, photo.longitude());
        writeString(out, photo.takenAt() == null ? null : photo.takenAt().toString());
        writeString(out, photo.originalOffset());
        writeString(out, photo.deviceMake());
        writeString(out, photo.deviceModel());
    }

    public static PhotoFacts readPhoto(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        Double latitude = readDouble(in);
        Double longitude = readDouble(in);
        String takenAt = readString(in);
        return new PhotoFacts(latitude, longitude, takenAt == null ? null : Instant.parse(takenAt),
                readString(in), readString(in), readString(in));
    }

    private static void writeDouble(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double readDouble(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static int checkedCount(int count) throws IOException {
        if (count < 0 || count > MAX_ENTRIES) {
            throw new IOException("bad count on the worker channel: " + count);
        }
        return count;
    }
}
