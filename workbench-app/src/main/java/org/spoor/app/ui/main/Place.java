package org.spoor.app.ui.main;

/**
 * The places of the main window, in the order investigators work through a case. Each names its
 * title and, until its feature lands, the sentence that says what will be there.
 */
public enum Place {
    EVIDENCE("evidence", "place.evidence", null),
    SEARCH("search", "place.search", null),
    ENTITIES("entities", "place.entities", null),
    COMMUNICATIONS("communications", "place.communications", null),
    MAP("map", "place.map", null),
    NETWORK("network", "place.network", null),
    TIMELINE("timeline", "place.timeline", null),
    REPORTS("reports", "place.reports", null),
    AUDIT("audit", "place.audit", null);

    private final String id;
    private final String titleKey;
    private final String comingKey;

    Place(String id, String titleKey, String comingKey) {
        this.id = id;
        this.titleKey = titleKey;
        this.comingKey = comingKey;
    }

    /** Stable name for ids and style classes ({@code place-audit}). */
    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The "what will come here" sentence for a place whose view is not built yet; null once it is. */
    public String comingKey() {
        return comingKey;
    }
}
