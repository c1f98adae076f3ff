package org.spoor.entity;

/** The kinds of real-world identifiers Spoor finds in a case's text and phone records. */
public enum EntityType {
    PHONE,
    EMAIL,
    URL,
    IMEI,
    IBAN,
    BANK_ACCOUNT,
    CRYPTO_ADDRESS,
    VEHICLE_PLATE,
    COORDINATE,
    MONEY,
    WEIGHT,
    SPECIES,
    PERSON,
    PLACE
}
