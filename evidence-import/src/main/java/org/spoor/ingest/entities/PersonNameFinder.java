package org.spoor.ingest.entities;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/**
 * People named after a form of address ("anh Tuấn", "chị Lan", "Pak Budi", "Sr. Quispe",
 * "Mr. Smith"). This is a pattern, not named-entity recognition: there is no NER model for these
 * languages in Spoor, so names without such a word are found only through phone contacts.
 */
final class PersonNameFinder implements EntityFinder {

    static final Pattern HONORIFIC_NAME = Pattern.compile("(?u)(?<![\\p{L}])(?:anh|chị|ông|bà|cô|chú|bác|"
            + "Anh|Chị|Ông|Bà|Cô|Chú|Bác|Pak|Bu|Bapak|Ibu|Mas|Mbak|Bang|Sr\\.|Sra\\.|Señor|Señora|Don|Doña|Dona"
            + "|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+(\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+){0,2})");

    /** The first letters of the forms of address above. */
    static final String FIRSTS = "aAcCôÔbBPIMSD";

    @Override
    public void find(String text, List<EntityMention> found) {
        for (MatchResult m : AnchoredMatches.of(HONORIFIC_NAME, text, AnchoredMatches.oneOf(text, FIRSTS))) {
            String name = m.group(1);
            found.add(EntityMention.inText(EntityType.PERSON, TextFolding.fold(name), name, name, m.start(1),
                    m.end(1)));
        }
    }
}
