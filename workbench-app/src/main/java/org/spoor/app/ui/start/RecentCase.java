package org.spoor.app.ui.start;

import java.nio.file.Path;

/** A case folder from the recent list, and whether it still looks like a case (a USB stick may be out). */
public record RecentCase(Path folder, boolean present) {

    public String name() {
        Path name = folder.getFileName();
        return name == null ? folder.toString() : name.toString();
    }

    public String location() {
        Path parent = folder.getParent();
        return parent == null ? "" : parent.toString();
    }
}
