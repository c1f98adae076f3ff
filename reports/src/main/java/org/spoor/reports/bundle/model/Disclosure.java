package org.spoor.reports.bundle.model;

/** Whether an exhibit may go to the defence with the bundle. */
public enum Disclosure {
    /** Goes into the bundle and the pack. */
    DISCLOSABLE,
    /** Informant material: never in the bundle, only counted in the withheld-material note. */
    INFORMANT,
    /** Withheld for another reason (sensitive technique, third-party privacy): only counted. */
    NOT_FOR_DISCLOSURE
}
