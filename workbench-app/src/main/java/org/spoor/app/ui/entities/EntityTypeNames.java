package org.spoor.app.ui.entities;

import org.spoor.app.ui.common.Messages;
import org.spoor.entity.EntityType;

/** The entity types in the user's language (keys written out whole, so the bundle test can find them). */
public final class EntityTypeNames {

    private EntityTypeNames() {
    }

    /** The type's name, or "every type" for null. */
    public static String of(EntityType type, Messages messages) {
        return messages.text(key(type));
    }

    private static String key(EntityType type) {
        if (type == null) {
            return "entities.type.all";
        }
        switch (type) {
            case PHONE:
                return "entities.type.phone";
            case EMAIL:
                return "entities.type.email";
            case URL:
                return "entities.type.url";
            case IMEI:
                return "entities.type.imei";
            case IBAN:
                return "entities.type.iban";
            case BANK_ACCOUNT:
                return "entities.type.bankAccount";
            case CRYPTO_ADDRESS:
                return "entities.type.cryptoAddress";
            case VEHICLE_PLATE:
                return "entities.type.vehiclePlate";
            case COORDINATE:
                return "entities.type.coordinate";
            case MONEY:
                return "entities.type.money";
            case WEIGHT:
                return "entities.type.weight";
            case SPECIES:
                return "entities.type.species";
            case PERSON:
                return "entities.type.person";
            case PLACE:
            default:
                return "entities.type.place";
        }
    }
}
