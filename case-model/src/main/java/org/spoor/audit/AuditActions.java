package org.spoor.audit;

/** The audit actions of the case core; other modules add their own with the same dotted form. */
public final class AuditActions {

    public static final String CASE_CREATED = "case.created";
    public static final String CASE_OPENED = "case.opened";
    public static final String CASE_EDITED = "case.edited";
    public static final String CASE_VERIFIED = "case.verified";
    public static final String PASSWORD_CHANGED = "case.password.changed";
    public static final String CASE_RECOVERED = "case.recovered";
    public static final String EXHIBIT_REGISTERED = "exhibit.registered";
    public static final String EXHIBIT_EDITED = "exhibit.edited";
    public static final String CUSTODY_RECORDED = "custody.recorded";
    public static final String IMPORT_STARTED = "import.started";
    public static final String IMPORT_FINISHED = "import.finished";
    /** Records of phone writes a crash cut off, removed on opening until the import is resumed. */
    public static final String PHONE_WRITE_SET_ASIDE = "comms.write.set-aside";
    public static final String EXPORTED = "case.exported";

    private AuditActions() {
    }
}
