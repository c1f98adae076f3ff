package org.spoor.app.ui.common;

import java.nio.file.Path;

import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;

/**
 * The case the window has open: the case file (its key and lock) and the details read when it was opened,
 * so the window can show them without touching the database on the FX thread.
 */
public record CaseSession(CaseFile caseFile, Path folder, CaseDetails details) {
}
