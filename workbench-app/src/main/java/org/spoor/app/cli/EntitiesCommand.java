package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.spoor.casefile.CaseFile;
import org.spoor.entity.Entity;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntitySource;
import org.spoor.entity.EntityType;
import org.spoor.exhibit.Exhibit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor entities DIR [--type T] [--json]}: every entity of the case (phone numbers, e-mails,
 * species, plates...) with its aliases and each place it was found, cited by exhibit reference, file
 * name and the row or text position inside it.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List phones, emails, people, species, places, ... with their sources.")
final class EntitiesCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Option(names = "--type", paramLabel = "T", description = "Only entities of this type (PHONE, EMAIL, SPECIES...)")
    String type;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    EntitiesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Optional<EntityType> only = parseType();
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            EntityRepository entities = new EntityRepository(opened.db());
            List<Entity> found = entities.findAll(only);
            Map<Long, Exhibit> exhibits = new HashMap<>();
            List<Map<String, Object>> listed = found.stream()
                    .map(entity -> toJson(entity, entities.sourcesOf(entity.id()), opened, exhibits))
                    .collect(Collectors.toList());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("type", only.map(Enum::name).orElse("all"));
            details.put("entities", found.size());
            opened.audit().record(opened.actor(), "entities.listed", null, details);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("type", only.map(Enum::name).orElse(null));
                doc.put("total", found.size());
                doc.put("entities", listed);
                context.json().print(doc);
            } else {
                print(listed);
            }
        }
        return ExitCodes.DONE;
    }

    private Optional<EntityType> parseType() throws UsageException {
        if (type == null) {
            return Optional.empty();
        }
        String wanted = type.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (EntityType candidate : EntityType.values()) {
            if (candidate.name().equals(wanted)) {
                return Optional.of(candidate);
            }
        }
        String known = Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.joining(", "));
        throw new UsageException(context.messages().get("cli.entities.unknownType", type, known));
    }

    private static Map<String, Object> toJson(Entity entity, List<EntitySource> sources, CaseFile opened,
            Map<Long, Exhibit> exhibits) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", entity.id());
        doc.put("type", entity.type().name());
        doc.put("key", entity.normalisedKey());
        doc.put("display", entity.displayValue());
        doc.put("aliases", entity.aliases());
        doc.put("sources", sources.stream().map(source -> {
            Exhibit exhibit = exhibits.computeIfAbsent(source.exhibitId(),
                    id -> opened.exhibits().byId(id).orElse(null));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("exhibitId", source.exhibitId());
            s.put("ref", exhibit == null ? null : exhibit.ref());
            s.put("fileName", exhibit == null ? null : exhibit.originalName());
            s.put("locator", source.sourceLocator());
            s.put("raw", source.rawValue());
            s.put("start", source.startOffset());
            s.put("end", source.endOffset());
            s.put("context", source.context());
            return s;
        }).collect(Collectors.toList()));
        return doc;
    }

    @SuppressWarnings("unchecked")
    private void print(List<Map<String, Object>> listed) {
        context.out().println(context.messages().get("cli.entities.total", listed.size()));
        for (Map<String, Object> entity : listed) {
            List<String> aliases = (List<String>) entity.get("aliases");
            context.out().println(entity.get("type") + "  " + entity.get("display")
                    + (entity.get("display").equals(entity.get("key")) ? "" : "  [" + entity.get("key") + "]")
                    + (aliases.isEmpty() ? "" : "  " + context.messages().get("cli.entities.aliases",
                            String.join(", ", aliases))));
            for (Map<String, Object> source : (List<Map<String, Object>>) entity.get("sources")) {
                context.out().println("    " + source.get("ref") + "  " + source.get("fileName") + "  "
                        + source.get("locator") + "  \"" + source.get("raw") + "\"");
            }
        }
    }
}
