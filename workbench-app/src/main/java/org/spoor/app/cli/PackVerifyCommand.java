package org.spoor.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.reports.pack.PackProblem;
import org.spoor.reports.pack.PackVerification;
import org.spoor.reports.pack.PackVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor pack verify FILE [--json]}: 0 when every file matches the signed manifest, 4 naming
 * the first altered, missing or added file. An encrypted pack is opened with {@code SPOOR_PACK_PASSWORD}.
 * Needs no case and no case password: a prosecutor runs it on the pack alone.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a case pack: signature, then every file against the manifest.")
final class PackVerifyCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE")
    Path pack;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    PackVerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(pack)) {
            throw new BadInputException(context.messages().get("cli.pack.noFile", pack));
        }
        char[] password = new SigningKeys(context).packPassword(false);
        PackVerification result = new PackVerifier().verify(pack, password);
        if (json) {
            context.json().print(toJson(result));
        } else if (result.intact()) {
            context.out().println(context.messages().get("cli.pack.intact", result.filesChecked(),
                    result.signer().orElse("?")));
        } else {
            PackProblem first = result.firstProblem().orElseThrow();
            context.err().println(context.messages().get("cli.pack.problem", first.kind(), first.path(),
                    first.detail()));
        }
        return result.intact() ? ExitCodes.DONE : ExitCodes.INTEGRITY_FAILURE;
    }

    private Map<String, Object> toJson(PackVerification result) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("pack", pack.toAbsolutePath().toString());
        doc.put("intact", result.intact());
        doc.put("signer", result.signer().orElse(null));
        doc.put("files", result.filesChecked());
        doc.put("bytes", result.bytesChecked());
        doc.put("problems", result.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("kind", p.kind().name());
            problem.put("path", p.path());
            problem.put("detail", p.detail());
            return problem;
        }).toList());
        return doc;
    }
}
