package org.spoor.ingest.extract.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;

/**
 * An Office document embedded in an old-style (OLE2) Word, Excel or PowerPoint file reaches us as an open
 * storage directory with an empty stream. Written out as a storage file of its own, it is an item like any
 * other (the same thing Office does on "save embedded object").
 */
final class OleStorageWriter {

    private OleStorageWriter() {
    }

    /** The open OLE2 directory behind {@code stream}, or null when it is a plain stream. */
    static DirectoryEntry storageOf(InputStream stream) {
        if (stream instanceof TikaInputStream tika && tika.getOpenContainer() instanceof DirectoryEntry directory) {
            return directory;
        }
        return null;
    }

    static void write(DirectoryEntry directory, Path target) throws IOException {
        try (POIFSFileSystem storage = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(target)) {
            EntryUtils.copyNodes(directory, storage.getRoot());
            storage.writeFilesystem(out);
        }
    }
}
