package org.spoor.casefile.storage;

/** The database cannot be used: damaged, or holding objects that could run code. */
public final class StorageException extends Exception {

    private final boolean dangerousContent;
    private final String detail;

    private StorageException(String message, Throwable cause, boolean dangerousContent, String detail) {
        super(message, cause);
        this.dangerousContent = dangerousContent;
        this.detail = detail;
    }

    static StorageException damaged(String why, Throwable cause) {
        return new StorageException("The case database is damaged: " + why, cause, false, why);
    }

    static StorageException dangerous(String objects) {
        return new StorageException("The case database holds objects Spoor never writes and that could run code: "
                + objects + ". It was refused without running them.", null, true, objects);
    }

    /** True when the database was refused for what it holds, not for damage. */
    public boolean isDangerousContent() {
        return dangerousContent;
    }

    /** The reason (damage) or the list of refused objects, for the translated message. */
    public String detail() {
        return detail;
    }
}
