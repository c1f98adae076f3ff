package org.spoor.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.spoor.casefile.CaseFile;
import org.spoor.casefile.ScratchSpace;
import org.spoor.ingest.extract.ExtractedItem;
import org.spoor.ingest.extract.ExtractionProblem;
import org.spoor.ingest.extract.Extractor;
import org.spoor.ingest.phone.CompanionFiles;
import org.spoor.ingest.phone.PhoneParseException;

/**
 * Imports one seized file and everything inside it. The file is its own failure boundary: an
 * unreadable item is named with its reason and the rest still lands. Only a failure of the case
 * itself (disk full, journal unwritable) escapes, because then nothing more can be recorded safely.
 */
final class ItemImporter {

    private final CaseFile caseFile;
    private final ExhibitWriter writer;
    private final ContentRecorder recorder;
    private final Extractor extractor;
    private final PhoneDumpReader phones;
    private final ImportLedger ledger;
    private final ImportProgress progress;

    ItemImporter(CaseFile caseFile, ExhibitWriter writer, ContentRecorder recorder, Extractor extractor,
                 PhoneDumpReader phones, ImportLedger ledger, ImportProgress progress) {
        this.caseFile = caseFile;
        this.writer = writer;
        this.recorder = recorder;
        this.extractor = extractor;
        this.phones = phones;
        this.ledger = ledger;
        this.progress = progress;
    }

    record Outcome(int added, int duplicates, boolean resumed, int watchHits, List<ImportProblem> problems) {
    }

    Outcome importFile(SeizedSource source) throws IOException {
        if (ledger.isDone(source.originalPath())) {
            return new Outcome(0, 0, true, 0, List.of());
        }
        Tally tally = new Tally();
        try (ScratchSpace scratch = caseFile.newScratch()) {
            String name = String.valueOf(source.file().getFileName());
            ExtractedItem root = extractor.extract(source.file(), name, scratch.dir());
            ExhibitWriter.Written written = writer.write(source.file(), null, name, source.originalPath(),
                    root.mediaType());
            land(written, root, source.originalPath(), CompanionFiles.siblingsOf(source.file()), scratch.dir(),
                    false, tally);
            ledger.markDone(source.originalPath(), written.exhibit().id());
        }
        return new Outcome(tally.added, tally.duplicates, false, tally.watchHits, tally.problems);
    }

    /**
     * Registers an item and its embedded items. Inside a phone artefact that was read as a whole (a UFDR
     * and its report.xml) the parts are exhibits but not read again, or every message would count twice.
     */
    private void land(ExhibitWriter.Written written, ExtractedItem item, String path, CompanionFiles companions,
                      Path scratch, boolean insidePhoneArtefact, Tally tally) throws IOException {
        tally.count(written);
        tally.watchHits += recorder.record(written.exhibit(), item, !insidePhoneArtefact);
        boolean phoneData = !insidePhoneArtefact
                && readPhoneArtefact(written, item, path, companions, scratch, tally);
        boolean readAsPhoneData = phoneData && item.problem() != null
                && item.problem().kind() == ExtractionProblem.Kind.UNSUPPORTED;
        if (item.problem() != null && !readAsPhoneData) {
            tally.problems.add(new ImportProblem(path, item.problem().kind().name().toLowerCase().replace('_', ' ')
                    + ": " + item.problem().reason(), true));
        }
        for (ExtractedItem child : item.embedded()) {
            String childPath = path + "!/" + child.name();
            if (child.bytes() == null) {
                tally.problems.add(new ImportProblem(childPath, child.problem() == null ? "its bytes could not be kept"
                        : child.problem().reason(), false));
                continue;
            }
            ExhibitWriter.Written childWritten = writer.write(child.bytes(), written.exhibit().id(),
                    leafName(child.name()), childPath, child.mediaType());
            land(childWritten, child, childPath, new EmbeddedCompanions(item.embedded(), child.name()), scratch,
                    insidePhoneArtefact || phoneData, tally);
        }
    }

    /** Returns whether the item was a phone artefact whose records were read. */
    private boolean readPhoneArtefact(ExhibitWriter.Written written, ExtractedItem item, String path,
                                      CompanionFiles companions, Path scratch, Tally tally) {
        if (item.bytes() == null
                || written.alreadyRegistered() && !phones.unfinished(written.exhibit().id())) {
            return false;
        }
        try {
            return phones.read(written.exhibit().id(), item.bytes(), item.mediaType(), companions, scratch,
                    records -> progress.records(path, records)).isPresent();
        } catch (PhoneParseException | IOException | RuntimeException e) {
            // The phone database stays an exhibit; only its messages and calls could not be read.
            tally.problems.add(new ImportProblem(path, "phone data not read: " + e.getMessage(), true));
            return false;
        }
    }

    /** Entry names are labels from the container: keep the last part as the exhibit's name. */
    static String leafName(String entryName) {
        String normalised = entryName.replace('\\', '/');
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        int slash = normalised.lastIndexOf('/');
        String leaf = slash >= 0 ? normalised.substring(slash + 1) : normalised;
        return leaf.isBlank() || leaf.equals("..") || leaf.equals(".") ? "unnamed item" : leaf;
    }

    private static final class Tally {
        private int added;
        private int duplicates;
        private int watchHits;
        private final List<ImportProblem> problems = new ArrayList<>();

        void count(ExhibitWriter.Written written) {
            if (!written.alreadyRegistered()) {
                added++;
                if (written.duplicateContent()) {
                    duplicates++;
                }
            }
        }
    }
}
