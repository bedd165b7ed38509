package com.example.users;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class UserRepository implements AutoCloseable {
    private static final String FIND_BY_EMAIL = "SELECT id, name, email FROM users WHERE email = ?";
    private static final String PASSWORD_ENV = "DB_PASSWORD";
    private final Connection connection;

    public UserRepository(String url) throws SQLException {
        String user = System.getenv("DB_USER");
        String password = System.getenv(PASSWORD_ENV);
        this.connection = DriverManager.getConnection(url, user, password);
    }

    public Optional<User> findByEmail(String email) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(FIND_BY_EMAIL)) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(new User(rs.getLong("id"), rs.getString("name"), rs.getString("email")));
                }
                return Optional.empty();
            }
        }
    }

    public List<User> search(String namePrefix, int limit) throws SQLException {
        List<User> out = new ArrayList<>();
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT id, name, email FROM users WHERE name LIKE ? ORDER BY name LIMIT ?")) {
            ps.setString(1, namePrefix + "%");
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new User(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    public int deactivate(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE users SET active = FALSE WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    public record User(long id, String name, String email) {}
}
