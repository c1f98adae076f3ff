package org.spoor.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code --json}: exactly one JSON document on stdout; field names are part of the contract. Times are
 * written by the commands as ISO-8601 strings.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final PrintWriter out;

    JsonOutput(PrintWriter out) {
        this.out = out;
    }

    public void print(Object document) {
        try {
            out.println(MAPPER.writeValueAsString(document));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON output", e);
        }
    }

    /** Writes a document in pieces, as {@link #print} would: a phone's million messages are never all held. */
    public void stream(Body body) {
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            generator.useDefaultPrettyPrinter();
            body.write(new Writer(generator));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write JSON output", e);
        }
        out.println();
        out.flush();
    }

    /** What a streamed document holds, written through a {@link Writer}. */
    @FunctionalInterface
    public interface Body {
        void write(Writer writer) throws IOException;
    }

    /** Objects, arrays and whole values (maps, lists) written in order. */
    public static final class Writer {
        private final JsonGenerator generator;

        private Writer(JsonGenerator generator) {
            this.generator = generator;
        }

        public void startObject() throws IOException {
            generator.writeStartObject();
        }

        public void endObject() throws IOException {
            generator.writeEndObject();
        }

        public void startArray(String field) throws IOException {
            generator.writeArrayFieldStart(field);
        }

        public void endArray() throws IOException {
            generator.writeEndArray();
        }

        public void field(String name, Object value) throws IOException {
            generator.writeFieldName(name);
            MAPPER.writeValue(generator, value);
        }

        public void element(Object value) throws IOException {
            MAPPER.writeValue(generator, value);
        }
    }
}
