package org.spoor.ingest.phone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;

/**
 * A phone's SQLite database opened without any chance of changing the evidence. Without a journal
 * it is opened {@code immutable} (SQLite then takes no locks and writes nothing); with a
 * {@code -wal} companion, the database and its journal are copied to scratch first, because
 * applying a write-ahead log needs a writable {@code -shm} beside it.
 */
public final class SqliteEvidence implements AutoCloseable {

    private static final int SCHEMA_SCAN_BYTES = 1 << 20;
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE TABLE (?:IF NOT EXISTS )?[\"`\\[]?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Connection connection;
    private final Path copyFolder;
    private final Set<String> tables;

    private SqliteEvidence(Connection connection, Path copyFolder) throws SQLException {
        this.connection = connection;
        this.copyFolder = copyFolder;
        this.tables = readTables(connection);
    }

    /** True if the file starts with SQLite's 16-byte header. */
    public static boolean isSqlite(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < 100) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /**
     * Lower-case table names of a SQLite file, for sniffing; empty if it is not SQLite. When the
     * schema cannot be read (a truncated or damaged file), the names come from the CREATE TABLE
     * text left in its first pages, so the right parser still claims it and names the damage.
     */
    public static Set<String> tableNames(Path file) throws IOException {
        if (!isSqlite(file)) {
            return Set.of();
        }
        try (Connection c = immutable(file)) {
            return readTables(c);
        } catch (SQLException e) {
            return tableNamesFromSchemaText(file);
        }
    }

    private static Set<String> tableNamesFromSchemaText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SCHEMA_SCAN_BYTES);
        }
        Set<String> names = new HashSet<>();
        Matcher m = CREATE_TABLE.matcher(new String(head, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** Opens the database for parsing, with its {@code -wal} journal if the dump has one. */
    public static SqliteEvidence open(Path file, PhoneParseContext context) throws PhoneParseException, IOException {
        if (!isSqlite(file)) {
            throw new PhoneParseException("phone.parse.notSqlite", "not an SQLite database (header missing)",
                    file.getFileName());
        }
        Optional<Path> wal = context.companions().withSuffix("-wal");
        Path copyFolder = null;
        try {
            if (wal.isEmpty()) {
                return new SqliteEvidence(immutable(file), null);
            }
            copyFolder = Files.createDirectories(context.scratch().resolve("sqlite-" + UUID.randomUUID()));
            Path copy = copyFolder.resolve("evidence.db");
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(wal.get(), copyFolder.resolve("evidence.db-wal"), StandardCopyOption.COPY_ATTRIBUTES);
            return new SqliteEvidence(new SQLiteConfig().createConnection("jdbc:sqlite:" + copy), copyFolder);
        } catch (SQLException e) {
            deleteCopy(copyFolder);
            throw damaged(file, e);
        }
    }

    /** The reason a damaged database gives, as a parse failure a person can read. */
    public static PhoneParseException damaged(Path file, SQLException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PhoneParseException("phone.parse.damagedDatabase",
                "damaged or unreadable SQLite database: " + reason, e, file.getFileName(), reason);
    }

    public Connection connection() {
        return connection;
    }

    public boolean hasTable(String name) {
        return tables.contains(name.toLowerCase(Locale.ROOT));
    }

    public Set<String> columns(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, null, table, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing to save: the connection was read-only or on a scratch copy.
        }
        deleteCopy(copyFolder);
    }

    private static Connection immutable(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
    }

    private static Set<String> readTables(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static void deleteCopy(Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // The pipeline wipes the scratch folder per item in any case.
        }
    }
}
