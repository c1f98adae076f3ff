package org.spoor.casefile;

import org.spoor.casefile.storage.StorageException;

/** Turns storage failures into what a person is told: damage (with the way out) or refused content. */
final class CaseErrors {

    private CaseErrors() {
    }

    static CaseException of(StorageException e, CaseFolder folder) {
        if (e.isDangerousContent()) {
            return new CaseException(CaseException.Kind.TAMPERED, "case.error.dangerousContent", e.getMessage(), e,
                    e.detail());
        }
        return new CaseException(CaseException.Kind.DAMAGED, "case.error.databaseDamaged",
                e.getMessage() + ". The password is right. Restore the newest verified backup with"
                        + " `spoor case recover`; the custody journal replays every change since.", e, folder.root());
    }
}
