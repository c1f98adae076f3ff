package org.spoor.app.ui.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.entity.Entity;
import org.spoor.entity.EntityEdits;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntitySource;
import org.spoor.entity.EntityType;
import org.spoor.exhibit.Exhibit;

/** The entities panel's reads and edits on the open case; every call touches the database (background only). */
public final class EntityStore {

    private final CaseFile caseFile;
    private final EntityRepository entities;
    private final EntityEdits edits;

    public EntityStore(CaseFile caseFile) {
        this.caseFile = caseFile;
        this.entities = new EntityRepository(caseFile.db());
        this.edits = EntityEdits.of(caseFile);
    }

    public List<EntityRow> rows(Optional<EntityType> type) {
        Map<Long, Integer> counts = entities.sourceCounts();
        List<EntityRow> rows = new ArrayList<>();
        for (Entity entity : entities.findAll(type)) {
            rows.add(new EntityRow(entity.id(), entity.type(), entity.displayValue(), entity.normalisedKey(),
                    entity.aliases(), counts.getOrDefault(entity.id(), 0)));
        }
        return rows;
    }

    public List<SourceRow> sources(long entityId) {
        Map<Long, Optional<Exhibit>> exhibits = new HashMap<>();
        List<SourceRow> rows = new ArrayList<>();
        for (EntitySource source : entities.sourcesOf(entityId)) {
            Optional<Exhibit> exhibit = exhibits.computeIfAbsent(source.exhibitId(),
                    id -> caseFile.exhibits().byId(id));
            rows.add(new SourceRow(source.id(), exhibit.map(Exhibit::ref).orElse("#" + source.exhibitId()),
                    exhibit.map(Exhibit::originalName).orElse(""), source.sourceLocator(), source.rawValue(),
                    source.context() == null ? "" : source.context().replaceAll("\\s+", " ")));
        }
        return rows;
    }

    public Entity merge(long keptId, long absorbedId, String reason) throws CaseException {
        return edits.merge(keptId, absorbedId, reason);
    }

    public Entity split(long entityId, String alias, Collection<Long> sourceIds, String reason)
            throws CaseException {
        return edits.split(entityId, alias, sourceIds, reason);
    }
}
