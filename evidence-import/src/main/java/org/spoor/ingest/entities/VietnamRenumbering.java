package org.spoor.ingest.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Viet Nam's 2018 conversion of eleven-digit mobile numbers to ten digits (Ministry of Information
 * and Communications, Circular 22/2014/TT-BTTTT and the 2018 conversion plan, 15 Sep - 15 Nov 2018):
 * the old three-digit network codes after the leading 0 became two-digit ones, the subscriber's
 * seven digits unchanged. Seized phones hold both forms of the same number.
 */
public final class VietnamRenumbering {

    private static final Map<String, String> OLD_TO_NEW = new HashMap<>();
    private static final Map<String, String> NEW_TO_OLD = new HashMap<>();

    static {
        // Viettel
        pair("162", "32");
        pair("163", "33");
        pair("164", "34");
        pair("165", "35");
        pair("166", "36");
        pair("167", "37");
        pair("168", "38");
        pair("169", "39");
        // MobiFone
        pair("120", "70");
        pair("121", "79");
        pair("122", "77");
        pair("126", "76");
        pair("128", "78");
        // VinaPhone
        pair("123", "83");
        pair("124", "84");
        pair("125", "85");
        pair("127", "81");
        pair("129", "82");
        // Vietnamobile and Gmobile
        pair("186", "56");
        pair("188", "58");
        pair("199", "59");
    }

    private VietnamRenumbering() {
    }

    private static void pair(String oldCode, String newCode) {
        OLD_TO_NEW.put(oldCode, newCode);
        NEW_TO_OLD.put(newCode, oldCode);
    }

    /** The current national significant number for an old ten-digit one ("1682345678" to "382345678"). */
    public static Optional<String> toCurrent(String nationalSignificant) {
        if (nationalSignificant.length() != 10) {
            return Optional.empty();
        }
        String code = OLD_TO_NEW.get(nationalSignificant.substring(0, 3));
        return code == null ? Optional.empty() : Optional.of(code + nationalSignificant.substring(3));
    }

    /** The pre-2018 national significant number for a current nine-digit one, if it was renumbered. */
    public static Optional<String> toFormer(String nationalSignificant) {
        if (nationalSignificant.length() != 9) {
            return Optional.empty();
        }
        String code = NEW_TO_OLD.get(nationalSignificant.substring(0, 2));
        return code == null ? Optional.empty() : Optional.of(code + nationalSignificant.substring(2));
    }
}
