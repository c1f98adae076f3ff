package org.spoor.ingest.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.spoor.audit.AuditActions;
import org.spoor.casefile.CaseFile;
import org.spoor.entity.EntityRepository;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.ingest.entities.EntityRecorder;
import org.spoor.ingest.entities.PhoneNumbers;
import org.spoor.ingest.entities.TextEntityExtractor;
import org.spoor.ingest.extract.ExtractionSettings;
import org.spoor.ingest.extract.Extractor;
import org.spoor.ingest.extract.ExtractorFactory;
import org.spoor.ingest.extract.OcrAvailability;
import org.spoor.search.SearchIndex;
import org.spoor.search.watch.WatchHitRepository;
import org.spoor.search.watch.WatchListMatcher;
import org.spoor.search.watch.WatchListRepository;

/**
 * {@code spoor import}: files, folders, archives and phone dumps into a case. Each worker thread has
 * its own extractor (its own child JVM running Tika). The import is audited when it starts and ends;
 * every exhibit is journaled as it lands, so a killed import resumes with the same command.
 */
public final class EvidenceImport {

    private final CaseFile caseFile;
    private final SearchIndex index;
    private final ExtractionSettings settings;
    private final int workers;

    public EvidenceImport(CaseFile caseFile, SearchIndex index, ExtractionSettings settings, int workers) {
        this.caseFile = caseFile;
        this.index = index;
        this.settings = settings;
        this.workers = Math.max(1, workers);
    }

    public ImportReport run(ImportRequest request, ImportProgress progress) throws IOException {
        String importId = request.importId();
        SourceWalker walk = SourceWalker.walk(request.paths());
        List<SeizedSource> sources = walk.sources();
        long bytesTotal = sources.stream().mapToLong(SeizedSource::size).sum();
        Map<String, Object> started = new LinkedHashMap<>();
        started.put("importId", importId);
        started.put("paths", request.paths().stream().map(Object::toString).toList());
        started.put("files", sources.size());
        started.put("bytes", bytesTotal);
        started.put("seizedPlace", request.seizure().place());
        started.put("sealNo", request.seizure().sealNo());
        started.put("custodian", request.seizure().custodian());
        caseFile.audit().record(caseFile.actor(), AuditActions.IMPORT_STARTED, importId, started);

        // How much there is, before the first file is done (one phone database can take minutes).
        progress.update(0, sources.size(), 0, bytesTotal, null);
        Totals totals = new Totals(walk.problems());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong bytesDone = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "spoor-import");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    // Parsers' own temporary files stay inside the case folder, never in the shared temp dir.
                    try (Extractor extractor = ExtractorFactory.create(
                            settings.withWorkerTempDir(caseFile.folder().scratch()))) {
                        ItemImporter importer = importer(request, importId, extractor, progress);
                        for (int i = next.getAndIncrement(); i < sources.size() && !progress.cancelled();
                             i = next.getAndIncrement()) {
                            SeizedSource source = sources.get(i);
                            totals.add(importer.importFile(source));
                            long bytes = bytesDone.addAndGet(source.size());
                            progress.update(done.incrementAndGet(), sources.size(), bytes, bytesTotal,
                                    source.originalPath());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
            // Only now are a chat database and the files it names both in, whatever order workers took.
            totals.attachments(new AttachmentLinker(caseFile.db()).link(importId));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The import was interrupted; run the same command again to resume", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io
                    : new IOException("The import stopped: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            index.commit();
            caseFile.checkpoint();
        }
        ImportReport report = totals.report(importId, sources.size(), bytesDone.get(),
                OcrAvailability.missingReason().orElse(null));
        Map<String, Object> finished = new LinkedHashMap<>();
        finished.put("importId", importId);
        finished.put("exhibitsAdded", report.exhibitsAdded());
        finished.put("resumed", report.resumed());
        finished.put("duplicates", report.duplicates());
        finished.put("watchHits", report.watchHits());
        finished.put("attachmentsLinked", report.attachmentsLinked());
        finished.put("attachmentsUnlinked", report.attachmentsUnlinked());
        finished.put("cancelled", progress.cancelled());
        finished.put("problems", report.problems().stream().map(p -> p.path() + ": " + p.reason()).toList());
        caseFile.audit().record(caseFile.actor(), AuditActions.IMPORT_FINISHED, importId, finished);
        return report;
    }

    private ItemImporter importer(ImportRequest request, String importId, Extractor extractor,
                                  ImportProgress progress) {
        PhoneNumbers numbers = new PhoneNumbers(request.region());
        TextEntityExtractor finder = TextEntityExtractor.standard(request.region());
        // Every new item is run against the case's watch-lists as it lands.
        WatchListMatcher watchLists = new WatchListMatcher(
                new WatchListRepository(caseFile.db(), caseFile.clock()).findAll());
        EntityRecorder entities = new EntityRecorder(new EntityRepository(caseFile.db()), finder, numbers);
        return new ItemImporter(caseFile, new ExhibitWriter(caseFile, importId, request.seizure()),
                new ContentRecorder(new ExhibitContentRepository(caseFile.db()), index, entities, watchLists,
                        new WatchHitRepository(caseFile.db(), caseFile.clock())), extractor,
                new PhoneDumpReader(caseFile.db(), finder, request.region(),
                        new PhoneMessageIndexing(index, caseFile.exhibits())), new ImportLedger(caseFile.db(),
                importId), progress);
    }

    /** Per-file outcomes added up from the worker threads. */
    private static final class Totals {
        private final List<ImportProblem> problems;
        private int added;
        private int resumed;
        private int duplicates;
        private int watchHits;
        private AttachmentLinker.Result attachments = new AttachmentLinker.Result(0, 0);

        Totals(List<ImportProblem> walkProblems) {
            this.problems = new ArrayList<>(walkProblems);
        }

        synchronized void add(ItemImporter.Outcome outcome) {
            added += outcome.added();
            duplicates += outcome.duplicates();
            resumed += outcome.resumed() ? 1 : 0;
            watchHits += outcome.watchHits();
            problems.addAll(outcome.problems());
        }

        synchronized void attachments(AttachmentLinker.Result linking) {
            attachments = linking;
        }

        synchronized ImportReport report(String importId, int files, long bytes, String ocrNotice) {
            return new ImportReport(importId, files, added, resumed, duplicates, bytes, watchHits, problems, ocrNotice,
                    attachments.linked(), attachments.unlinked());
        }
    }
}
