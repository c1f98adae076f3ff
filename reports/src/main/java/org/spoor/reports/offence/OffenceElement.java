package org.spoor.reports.offence;

/** One thing the prosecution must prove, with the article it comes from. */
public record OffenceElement(String id, String article, String text) {
}
