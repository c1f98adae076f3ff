package org.spoor.ingest.entities;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spoor.entity.EntityMention;

/** A finder made of a pattern and a check that turns each match into a mention, or refuses it. */
final class PatternFinder implements EntityFinder {

    private final Pattern pattern;
    private final Function<Matcher, Optional<EntityMention>> check;

    PatternFinder(Pattern pattern, Function<Matcher, Optional<EntityMention>> check) {
        this.pattern = pattern;
        this.check = check;
    }

    @Override
    public void find(String text, List<EntityMention> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            check.apply(m).ifPresent(found::add);
        }
    }
}
