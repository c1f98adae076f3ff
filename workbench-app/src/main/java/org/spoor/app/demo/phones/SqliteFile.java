package org.spoor.app.demo.phones;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes one SQLite database the way the phone's own app would have left it: tables, then rows. */
final class SqliteFile implements AutoCloseable {

    private final Connection connection;

    private SqliteFile(Connection connection) {
        this.connection = connection;
    }

    static SqliteFile create(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            c.setAutoCommit(false);
            return new SqliteFile(c);
        } catch (SQLException e) {
            throw new IOException("Could not write the training database " + file + ": " + e.getMessage(), e);
        }
    }

    void execute(String... statements) throws IOException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IOException("Training database statement failed: " + e.getMessage(), e);
        }
    }

    void insert(String sql, Object... values) throws IOException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Training database insert failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            connection.commit();
            connection.close();
        } catch (SQLException e) {
            throw new IOException("Could not finish the training database: " + e.getMessage(), e);
        }
    }
}
