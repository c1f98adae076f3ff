package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import org.spoor.review.ReviewComment;
import org.spoor.review.ReviewCommentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spoor pack comments list CASE [--exhibit REF] [--json]}: the reviewers' comments in the case. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the reviewers' comments in the case.")
final class PackCommentsListCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case")
    Path caseDir;

    @Option(names = "--exhibit", paramLabel = "REF", description = "Only the comments on this exhibit")
    String exhibit;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    PackCommentsListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<ReviewComment> comments;
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            comments = new ReviewCommentRepository(opened.db()).all().stream()
                    .filter(c -> exhibit == null || exhibit.equalsIgnoreCase(c.exhibitRef())).toList();
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("comments", comments.stream().map(PackCommentsListCommand::toJson).toList());
            context.json().print(doc);
            return ExitCodes.DONE;
        }
        if (comments.isEmpty()) {
            context.out().println(context.messages().get("cli.comments.none"));
        }
        for (ReviewComment c : comments) {
            String on = c.exhibitRef() == null ? context.messages().get("cli.comments.onPack") : c.exhibitRef();
            context.out().println(context.messages().get("cli.comments.line", on, c.reviewer(), c.writtenAt(),
                    c.text()));
        }
        return ExitCodes.DONE;
    }

    private static Map<String, Object> toJson(ReviewComment c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.uid());
        row.put("exhibitRef", c.exhibitRef());
        row.put("reviewer", c.reviewer());
        row.put("text", c.text());
        row.put("writtenAt", c.writtenAt().toString());
        row.put("editedAt", c.editedAt() == null ? null : c.editedAt().toString());
        row.put("importedAt", c.importedAt().toString());
        return row;
    }
}
