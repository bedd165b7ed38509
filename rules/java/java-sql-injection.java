package com.example.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class UserRepository {
    private final Connection connection;

    public UserRepository(Connection connection) {
        this.connection = connection;
    }

    public ResultSet findByName(String name) throws SQLException {
        Statement stmt = connection.createStatement();
        // ruleid: java-sql-injection
        return stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
    }

    public int deactivate(String id) throws SQLException {
        Statement stmt = connection.createStatement();
        // ruleid: java-sql-injection
        return stmt.executeUpdate("UPDATE users SET active = 0 WHERE id = " + id);
    }

    public boolean drop(String table) throws SQLException {
        String sql = "DROP TABLE " + table;
        Statement stmt = connection.createStatement();
        // ruleid: java-sql-injection
        return stmt.execute(sql);
    }

    public ResultSet byEmail(String email) throws SQLException {
        String query = "SELECT id FROM users WHERE email = '" + email + "'";
        Statement stmt = connection.createStatement();
        // ruleid: java-sql-injection
        ResultSet rs = stmt.executeQuery(query);
        return rs;
    }

    public PreparedStatement badPrepared(String sort) throws SQLException {
        // ruleid: java-sql-injection
        return connection.prepareStatement("SELECT * FROM users ORDER BY " + sort);
    }

    public ResultSet safeFind(String name) throws SQLException {
        // ok: java-sql-injection
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM users WHERE name = ?");
        ps.setString(1, name);
        // ok: java-sql-injection
        return ps.executeQuery();
    }

    public ResultSet constantConcat() throws SQLException {
        Statement stmt = connection.createStatement();
        // ok: java-sql-injection
        return stmt.executeQuery("SELECT * FROM users " + "WHERE active = 1");
    }

    public void log(String user) {
        // ok: java-sql-injection
        System.out.println("SELECT by " + user);
    }
}
