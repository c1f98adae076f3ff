package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_DEVICE;

import java.util.List;
import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.CommsDeviceRecord;

/** Seized phones' own identity (owner number, IMEI) as found in their dumps. */
public final class DeviceRepository {

    private final DSLContext db;

    public DeviceRepository(DSLContext db) {
        this.db = db;
    }

    public Device add(Device device) {
        long id = db.insertInto(COMMS_DEVICE)
                .set(COMMS_DEVICE.EXHIBIT_ID, device.source().exhibitId())
                .set(COMMS_DEVICE.SOURCE_LOCATOR, device.source().locator())
                .set(COMMS_DEVICE.OWNER_NUMBER_RAW, device.ownerNumberRaw())
                .set(COMMS_DEVICE.OWNER_NUMBER, device.ownerNumber())
                .set(COMMS_DEVICE.IMEI, device.imei())
                .set(COMMS_DEVICE.DEVICE_NAME, device.deviceName())
                .set(COMMS_DEVICE.MODEL, device.model())
                .returningResult(COMMS_DEVICE.ID)
                .fetchOne().value1();
        return device.withId(id);
    }

    public List<Device> findByExhibit(long exhibitId) {
        return db.selectFrom(COMMS_DEVICE)
                .where(COMMS_DEVICE.EXHIBIT_ID.eq(exhibitId))
                .orderBy(COMMS_DEVICE.ID)
                .fetch(DeviceRepository::toDevice);
    }

    /** Every seized phone's identity in the case, in the order they were found. */
    public List<Device> findAll() {
        return db.selectFrom(COMMS_DEVICE).orderBy(COMMS_DEVICE.ID).fetch(DeviceRepository::toDevice);
    }

    private static Device toDevice(CommsDeviceRecord r) {
        return new Device(r.getId(), SourceRef.of(r.getExhibitId(), r.getSourceLocator()), r.getOwnerNumberRaw(),
                r.getOwnerNumber(), r.getImei(), r.getDeviceName(), r.getModel());
    }
}
