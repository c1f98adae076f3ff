package org.spoor.mapping.render;

import java.awt.Color;
import java.util.Map;

/**
 * Colour per evidence kind, chosen to stay apart for colour-blind readers (Okabe-Ito palette),
 * so a printed bundle can be read without a screen.
 */
public final class KindStyle {

    private static final Map<String, Color> COLOURS = Map.of(
            "photo", new Color(0xE69F00),
            "phone_location", new Color(0x0072B2),
            "shared_location", new Color(0x56B4E9),
            "seizure", new Color(0xD55E00),
            "text", new Color(0x009E73),
            "place", new Color(0xCC79A7),
            "ufdr_location", new Color(0x332288));
    private static final Color OTHER = new Color(0x555555);

    private KindStyle() {
    }

    public static Color colour(String kind) {
        return COLOURS.getOrDefault(kind, OTHER);
    }
}
