package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.ingest.located.PlaceMention;
import org.spoor.ingest.located.PlaceReview;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.place.PlaceKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor place confirm|reject DIR KEY [--reason TEXT] [--json]}: records the decision (audited as
 * {@code place.confirmed} / {@code place.rejected} with who, when and why). A rejected place leaves the
 * map, its exports and the bundle's map; a confirmed one shows as confirmed. Exit 2 for a key the case
 * does not hold.
 */
abstract class PlaceDecisionCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "KEY", description = "The place's key, as spoor map DIR --places prints it")
    String key;

    @Option(names = "--reason", description = "Why (kept in the audit log)")
    String reason;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    PlaceDecisionCommand(CliContext context) {
        this.context = context;
    }

    abstract boolean confirms();

    @Override
    public Integer call() throws Exception {
        Messages messages = context.messages();
        PlaceKey placeKey;
        try {
            placeKey = PlaceKey.parse(key.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException(messages.get("cli.place.badKey", key));
        }
        PlaceMention decided;
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            PlaceReview review = new PlaceReview(new GazetteerLoader().load());
            PlaceMention mention = review.find(opened, placeKey)
                    .orElseThrow(() -> new BadInputException(messages.get("cli.place.unknown", key)));
            decided = decide(review, opened, mention);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>(MapListing.placesJson(java.util.List.of(decided)).get(0));
            context.json().print(doc);
        } else {
            context.out().println(messages.get(confirms() ? "cli.place.confirmed" : "cli.place.rejected",
                    decided.matched(), decided.placeName(), decided.key().exhibitRef()));
        }
        return ExitCodes.DONE;
    }

    private PlaceMention decide(PlaceReview review, CaseFile opened, PlaceMention mention) throws CaseException {
        return confirms() ? review.confirm(opened, mention, reason) : review.reject(opened, mention, reason);
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true, description = "The text means this place.")
    static final class Confirm extends PlaceDecisionCommand {

        Confirm(CliContext context) {
            super(context);
        }

        @Override
        boolean confirms() {
            return true;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "The text does not mean this place.")
    static final class Reject extends PlaceDecisionCommand {

        Reject(CliContext context) {
            super(context);
        }

        @Override
        boolean confirms() {
            return false;
        }
    }
}
