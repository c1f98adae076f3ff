package org.spoor.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import org.spoor.review.ReviewCommentRepository;
import org.spoor.review.ReviewCommentsImport;
import org.spoor.review.ReviewException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor pack comments import CASE FILE [--json]}: a reviewer's {@code .spoorcomments} file into
 * the case, audited as {@code review.comments.imported}. Exit 4 when the file was altered after export,
 * 2 when it is not a comments file or was made on another case's pack; a second import adds nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a reviewer's comments file (.spoorcomments) into the case.")
final class PackCommentsImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "FILE", description = "The reviewer's .spoorcomments file")
    Path file;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    PackCommentsImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(context.messages().get("cli.comments.noFile", file));
        }
        byte[] bytes = Files.readAllBytes(file);
        ReviewCommentsImport.Outcome outcome;
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            outcome = new ReviewCommentsImport(opened.audit(), opened.exhibits(),
                    new ReviewCommentRepository(opened.db()), opened.header().caseId())
                    .importFile(opened.actor(), bytes, file.getFileName().toString());
            opened.checkpoint();
        } catch (ReviewException e) {
            return refused(e);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", file.toAbsolutePath().toString());
            doc.put("sha256", outcome.fileSha256());
            doc.put("reviewer", outcome.file().reviewer());
            doc.put("imported", outcome.added());
            doc.put("alreadyInCase", outcome.unchanged());
            context.json().print(doc);
        } else if (outcome.nothingNew()) {
            context.out().println(context.messages().get("cli.comments.nothingNew", outcome.file().reviewer(),
                    outcome.unchanged()));
        } else {
            context.out().println(context.messages().get("cli.comments.imported", outcome.added(),
                    outcome.file().reviewer(), outcome.unchanged()));
        }
        return ExitCodes.DONE;
    }

    private int refused(ReviewException e) {
        Object[] args = e.arguments();
        switch (e.messageKey()) {
            case "review.file.altered":
                context.err().println(context.messages().get("cli.comments.altered", file));
                return ExitCodes.INTEGRITY_FAILURE;
            case "review.import.otherCase":
                context.err().println(context.messages().get("cli.comments.otherCase", file, args[0], args[1]));
                return ExitCodes.BAD_INPUT;
            default:
                context.err().println(context.messages().get("cli.comments.notComments", file));
                return ExitCodes.BAD_INPUT;
        }
    }
}
