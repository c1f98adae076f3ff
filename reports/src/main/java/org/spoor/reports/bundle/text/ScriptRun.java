package org.spoor.reports.bundle.text;

import java.util.ArrayList;
import java.util.List;

/** A stretch of text in one script. */
record ScriptRun(Script script, String text) {

    /** Splits text into maximal runs of one script; joiners stay with the run around them. */
    static List<ScriptRun> split(String text) {
        List<ScriptRun> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Script currentScript = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            Script script = Script.joinsRun(cp) && currentScript != null ? currentScript : Script.of(cp);
            if (currentScript != null && script != currentScript) {
                runs.add(new ScriptRun(currentScript, current.toString()));
                current.setLength(0);
            }
            currentScript = script;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (currentScript != null) {
            runs.add(new ScriptRun(currentScript, current.toString()));
        }
        return runs;
    }
}
