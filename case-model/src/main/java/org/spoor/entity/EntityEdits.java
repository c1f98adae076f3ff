package org.spoor.entity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.spoor.audit.AuditLog;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;

/**
 * An investigator's corrections to the automatic matching: two entities that are the same person's
 * number merged into one, or an alias that was wrongly joined split off into its own entity. Each is
 * checked first, then recorded as an audit entry whose applier makes the change in the same
 * transaction, so the change and its record survive a crash together and replay the same way.
 */
public final class EntityEdits {

    /** Audit action of a merge; its applier is {@link EntityMergedApplier}. */
    public static final String MERGED = "entity.merged";
    /** Audit action of a split; its applier is {@link EntitySplitApplier}. */
    public static final String SPLIT = "entity.split";

    private final AuditLog audit;
    private final EntityRepository entities;
    private final String actor;

    public EntityEdits(AuditLog audit, EntityRepository entities, String actor) {
        this.audit = audit;
        this.entities = entities;
        this.actor = actor;
    }

    public static EntityEdits of(CaseFile caseFile) {
        return new EntityEdits(caseFile.audit(), new EntityRepository(caseFile.db()), caseFile.actor());
    }

    /**
     * Moves every source and alias of {@code absorbedId} to {@code keptId}, keeps the absorbed key as an
     * alias (so later imports of it land on the kept entity) and removes the absorbed entity.
     */
    public Entity merge(long keptId, long absorbedId, String reason) throws CaseException {
        Entity kept = existing(keptId);
        Entity absorbed = existing(absorbedId);
        if (keptId == absorbedId) {
            throw badInput("entity.error.sameEntity", "An entity cannot be merged with itself", kept.displayValue());
        }
        if (kept.type() != absorbed.type()) {
            throw badInput("entity.error.differentTypes", "Only entities of one type can be merged",
                    kept.type(), absorbed.type());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", kept.type().name());
        details.put("kept", keptId);
        details.put("keptKey", kept.normalisedKey());
        details.put("absorbed", absorbedId);
        details.put("absorbedKey", absorbed.normalisedKey());
        details.put("absorbedDisplay", absorbed.displayValue());
        details.put("absorbedAliases", absorbed.aliases());
        details.put("sources", entities.sourcesOf(absorbedId).size());
        details.put("reason", reason == null ? "" : reason);
        audit.record(actor, MERGED, subject(kept), details);
        return existing(keptId);
    }

    /**
     * Makes {@code aliasKey}, now an alias of the entity, an entity of its own, taking the chosen sources
     * with it. Returns the new entity.
     */
    public Entity split(long entityId, String aliasKey, Collection<Long> sourceIds, String reason)
            throws CaseException {
        Entity entity = existing(entityId);
        if (!entity.aliases().contains(aliasKey)) {
            throw badInput("entity.error.notAnAlias", "Not an alias of the entity", aliasKey, entity.displayValue());
        }
        if (entities.findAll(java.util.Optional.of(entity.type())).stream()
                .anyMatch(other -> other.normalisedKey().equals(aliasKey))) {
            throw badInput("entity.error.keyTaken", "Another entity already has this key", aliasKey);
        }
        Set<Long> own = entities.sourcesOf(entityId).stream().map(EntitySource::id).collect(Collectors.toSet());
        Set<Long> moving = new TreeSet<>(sourceIds);
        if (!own.containsAll(moving)) {
            throw badInput("entity.error.foreignSource", "A chosen source belongs to another entity",
                    entity.displayValue());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", entity.type().name());
        details.put("entity", entityId);
        details.put("key", entity.normalisedKey());
        details.put("alias", aliasKey);
        details.put("sources", List.copyOf(moving));
        details.put("reason", reason == null ? "" : reason);
        audit.record(actor, SPLIT, subject(entity), details);
        return entities.find(entity.type(), aliasKey).orElseThrow();
    }

    private Entity existing(long id) throws CaseException {
        return entities.findById(id).orElseThrow(() -> badInput("entity.error.missing",
                "No entity with this id", id));
    }

    private static String subject(Entity entity) {
        return entity.type().name() + ":" + entity.normalisedKey();
    }

    private static CaseException badInput(String key, String english, Object... arguments) {
        return new CaseException(CaseException.Kind.BAD_INPUT, key, english, arguments);
    }
}
