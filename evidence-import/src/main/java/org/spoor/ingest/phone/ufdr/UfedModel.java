package org.spoor.ingest.phone.ufdr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <model>} of a Cellebrite report's decoded data, as a small tree: its plain fields
 * ({@code field}, {@code multiField}) by name, and its child models ({@code modelField},
 * {@code multiModelField}) by field name. Attributes include {@code id}, {@code deleted_state} and,
 * for attachments, {@code file_id} (the id of the tagged file it points at).
 */
final class UfedModel {

    private final String type;
    private final Map<String, String> attributes;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final Map<String, List<UfedModel>> children = new LinkedHashMap<>();

    UfedModel(String type, Map<String, String> attributes) {
        this.type = type;
        this.attributes = attributes;
    }

    String type() {
        return type;
    }

    String id() {
        return attributes.getOrDefault("id", "");
    }

    String attribute(String name) {
        return attributes.get(name);
    }

    boolean deleted() {
        return "Deleted".equalsIgnoreCase(attributes.get("deleted_state"));
    }

    void addValue(String field, String value) {
        fields.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
    }

    void addChild(String field, UfedModel child) {
        children.computeIfAbsent(field, k -> new ArrayList<>()).add(child);
    }

    /** The first value of a plain field, or null if empty or absent. */
    String field(String name) {
        List<String> values = fields.get(name);
        if (values == null) {
            return null;
        }
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    List<UfedModel> children(String fieldName) {
        return children.getOrDefault(fieldName, List.of());
    }

    UfedModel child(String fieldName) {
        List<UfedModel> models = children(fieldName);
        return models.isEmpty() ? null : models.get(0);
    }

    /** Every model below this one, depth first (for coordinates nested in a location). */
    List<UfedModel> descendants() {
        List<UfedModel> all = new ArrayList<>();
        for (List<UfedModel> list : children.values()) {
            for (UfedModel m : list) {
                all.add(m);
                all.addAll(m.descendants());
            }
        }
        return all;
    }
}
