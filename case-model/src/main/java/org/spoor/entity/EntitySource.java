package org.spoor.entity;

/**
 * One place an entity was found: an exhibit and the row or text position in it. Offsets are -1
 * when the value came from a structured field (a call log's number column) rather than from text.
 */
public record EntitySource(Long id, long entityId, long exhibitId, String sourceLocator, String rawValue,
        int startOffset, int endOffset, String context) {
}
