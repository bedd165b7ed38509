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
        PreparedStatement stmt = connection.prepareStatement("SELECT * FROM users WHERE name = ?");
        stmt.setObject(1, name);
        // ruleid: java-sql-injection
        return stmt.executeQuery();
    }

    public int deactivate(String id) throws SQLException {
        PreparedStatement stmt = connection.prepareStatement("UPDATE users SET active = 0 WHERE id = ?");
        stmt.setObject(1, id);
        // ruleid: java-sql-injection
        return stmt.executeUpdate();
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

    public ResultSet formatted(String status) throws SQLException {
        PreparedStatement stmt = connection.prepareStatement("SELECT * FROM orders WHERE status = ?");
        stmt.setObject(1, status);
        // ruleid: java-sql-injection
        return stmt.executeQuery();
    }

    public java.util.List<java.util.Map<String, Object>> springJdbc(
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, String customer) {
        // ruleid: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM invoices WHERE customer = ?", customer);
    }

    public java.util.List<?> jpa(javax.persistence.EntityManager em, String sort) {
        // ruleid: java-sql-injection
        return em.createQuery("SELECT u FROM User u ORDER BY " + sort).getResultList();
    }

    public java.util.List<?> textBlock(javax.persistence.EntityManager em, String name) {
        // ruleid: java-sql-injection
        return em.createNativeQuery(
            "SELECT * FROM users WHERE name = '%s'".formatted(name)).getResultList();
    }

    public java.util.List<java.util.Map<String, Object>> springJdbcSafe(
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, String customer) {
        // ok: java-sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM invoices WHERE customer = ?", customer);
    }

    public java.util.List<?> jpaSafe(javax.persistence.EntityManager em, String name) {
        // ok: java-sql-injection
        return em.createQuery("SELECT u FROM User u WHERE u.name = :name").setParameter("name", name).getResultList();
    }

    // Tainted (reported at high confidence, with the path from the request):
    public ResultSet search(javax.servlet.http.HttpServletRequest request) throws SQLException {
        String term = request.getParameter("q");
        String where = " WHERE title LIKE '%" + term + "%'";
        StringBuilder sql = new StringBuilder("SELECT * FROM books");
        sql.append(where);
        Statement stmt = connection.createStatement();
        // ruleid: java-sql-injection
        return stmt.executeQuery("SELECT * FROM (" + sql.toString() + ") b");
    }

    private String sortColumn(javax.servlet.http.HttpServletRequest request) {
        return request.getParameter("sort");
    }

    public ResultSet sorted(javax.servlet.http.HttpServletRequest request) throws SQLException {
        // ruleid: java-sql-injection
        return connection.createStatement().executeQuery(String.format("SELECT * FROM books ORDER BY %s", sortColumn(request)));
    }

    public ResultSet page(javax.servlet.http.HttpServletRequest request) throws SQLException {
        int limit = Integer.parseInt(request.getParameter("limit"));
        // ruleid: java-sql-injection (a number: reported at the rule's confidence, not tainted)
        return connection.createStatement().executeQuery("SELECT * FROM books LIMIT " + limit);
    }

    // One Statement for two queries: turning it into a PreparedStatement would break the other one.
    public int archive(String id) throws SQLException {
        Statement stmt = connection.createStatement();
        // ruleid: java-sql-injection
        stmt.executeUpdate("INSERT INTO archive SELECT * FROM orders WHERE id = " + id);
        // ruleid: java-sql-injection
        return stmt.executeUpdate("DELETE FROM orders WHERE id = " + id);
    }

    public ResultSet safeSearch(javax.servlet.http.HttpServletRequest request) throws SQLException {
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM books WHERE title = ?");
        ps.setString(1, request.getParameter("q"));
        // ok: java-sql-injection
        return ps.executeQuery();
    }

    public ResultSet constantTable() throws SQLException {
        Statement stmt = connection.createStatement();
        // ok: java-sql-injection
        return stmt.executeQuery(String.format("SELECT COUNT(*) FROM %s", AUDIT_TABLE));
    }

    private static final String AUDIT_TABLE = "audit_log";

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
