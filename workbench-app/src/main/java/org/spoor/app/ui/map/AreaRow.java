package org.spoor.app.ui.map;

import org.spoor.mapping.area.MapArea;

/** One line of the areas list: the area and how many of the shown items lie inside it. */
public record AreaRow(MapArea area, int inside) {
}
