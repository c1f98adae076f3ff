package org.spoor.exhibit;

/** Whether an exhibit may go into a bundle or pack for the prosecution and defence. */
public enum Disclosure {
    DISCLOSABLE,
    /** Identifies or comes from an informant: never leaves the case. */
    INFORMANT,
    NOT_FOR_DISCLOSURE
}
