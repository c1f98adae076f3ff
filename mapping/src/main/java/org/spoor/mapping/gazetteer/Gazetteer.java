package org.spoor.mapping.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accent-insensitive place lookup: "Cau Treo", "Cầu Treo" and "CẦU TREO" find the same border
 * gate; an old (pre-2025) Vietnamese province name finds the old
 * province and says which province it merged into.
 */
public final class Gazetteer {

    private static final List<String> KIND_ORDER = List.of("border_gate", "seaport", "river_port", "dry_port",
            "province", "province_pre2025", "city", "airport");

    private final List<Place> places;
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, Place> byId = new HashMap<>();
    private final int longestName;

    public Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        int longest = 1;
        for (Place p : this.places) {
            byId.putIfAbsent(p.id(), p);
            for (String name : names(p)) {
                String key = PlaceNames.fold(name);
                if (!key.isEmpty()) {
                    List<Place> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!list.contains(p)) {
                        list.add(p);
                    }
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
        }
        byName.values().forEach(l -> l.sort(rank()));
        this.longestName = longest;
    }

    private static List<String> names(Place p) {
        List<String> names = new ArrayList<>(p.altNames());
        names.add(p.name());
        names.add(p.localName());
        return names;
    }

    private static Comparator<Place> rank() {
        return Comparator.comparingInt(p -> {
            int i = KIND_ORDER.indexOf(p.kind());
            return i < 0 ? KIND_ORDER.size() : i;
        });
    }

    public List<Place> places() {
        return places;
    }

    /** Places with this name, most specific kind first (border gates before cities before airports). */
    public List<Place> lookup(String name) {
        return List.copyOf(byName.getOrDefault(PlaceNames.fold(name), List.of()));
    }

    /** The place with this {@link Place#id()}: where a confirmed place name goes on the map. */
    public java.util.Optional<Place> byId(String id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }

    /** Places of one country with this name. */
    public List<Place> lookup(String name, String country) {
        return lookup(name).stream().filter(p -> p.country().equalsIgnoreCase(country)).toList();
    }

    int longestNameInWords() {
        return longestName;
    }
}
