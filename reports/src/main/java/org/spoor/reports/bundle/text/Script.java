package org.spoor.reports.bundle.text;

/**
 * Scripts whose text needs OpenType shaping (reordering, mark stacking) that iText's free layout
 * does not do; everything else is laid out by iText directly.
 */
enum Script {
    THAI("NotoSansThai-Regular.ttf"),
    LAO("NotoSansLao-Regular.ttf"),
    KHMER("NotoSansKhmer-Regular.ttf"),
    /** Latin (incl. Vietnamese), Cyrillic (incl. Mongolian), Greek, digits, punctuation. */
    SIMPLE(null);

    private final String fontFile;

    Script(String fontFile) {
        this.fontFile = fontFile;
    }

    String fontFile() {
        return fontFile;
    }

    static Script of(int codePoint) {
        if (codePoint >= 0x0E00 && codePoint <= 0x0E7F) {
            return THAI;
        }
        if (codePoint >= 0x0E80 && codePoint <= 0x0EFF) {
            return LAO;
        }
        if ((codePoint >= 0x1780 && codePoint <= 0x17FF) || (codePoint >= 0x19E0 && codePoint <= 0x19FF)) {
            return KHMER;
        }
        return SIMPLE;
    }

    /** Zero-width joiners and spaces belong to the shaped run they sit in. */
    static boolean joinsRun(int codePoint) {
        return codePoint >= 0x200B && codePoint <= 0x200D;
    }
}
