package com.example.db;

import java.net.PasswordAuthentication;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

public class Connections {
    // ruleid: java-hardcoded-credential
    private static final String JWT_SECRET = System.getenv("JWT_SECRET");
    // ruleid: java-hardcoded-credential
    private String dbPassword = System.getenv("DB_PASSWORD");
    // ok: java-hardcoded-credential
    private static final String PASSWORD_PARAM = "password";
    // ok: java-hardcoded-credential
    private static final String PASSWORD_PROPERTY = "spring.datasource.password";
    // ok: java-hardcoded-credential
    private static final String SECRET_ENV = "APP_SECRET";
    // ok: java-hardcoded-credential
    private static final String PASSWORD_HINT = "At least 12 characters";
    // ok: java-hardcoded-credential
    private static final String API_KEY_HEADER = "X-Api-Key";
    // ok: java-hardcoded-credential
    private static final String PASSWORD_PATTERN = "^(?=.*[0-9]).{12,}$";
    // ok: java-hardcoded-credential
    private String apiKey = "";
    // ok: java-hardcoded-credential
    private String secretRef = "${vault.secret}";

    public Connection open(String url) throws Exception {
        // ruleid: java-hardcoded-credential
        return DriverManager.getConnection(url, "admin", "admin123");
    }

    public Connection openFromEnv(String url) throws Exception {
        // ok: java-hardcoded-credential
        return DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    public PasswordAuthentication proxy() {
        // ruleid: java-hardcoded-credential
        return new PasswordAuthentication("proxyuser", "pr0xyPass!".toCharArray());
    }

    public SecretKeySpec key() {
        // ruleid: java-hardcoded-credential
        return new SecretKeySpec("0123456789abcdef".getBytes(), "AES");
    }

    public PBEKeySpec pbe(byte[] salt) {
        // ruleid: java-hardcoded-credential
        return new PBEKeySpec("masterpassword".toCharArray(), salt, 210000, 256);
    }

    public KeyStore store(java.io.InputStream in) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        // ruleid: java-hardcoded-credential
        keyStore.load(in, "changeit".toCharArray());
        return keyStore;
    }

    public void truststore(javax.net.ssl.SSLContext ctx, org.apache.kafka.common.config.SslConfigs cfg, java.util.Properties p) {
        // ok: java-hardcoded-credential
        System.setProperty("javax.net.ssl.trustStore", "/etc/pki/truststore.jks");
        // ok: java-hardcoded-credential
        p.setProperty("ssl.truststore.location", "/etc/kafka/truststore.jks");
    }

    public void configure(com.zaxxer.hikari.HikariConfig config) {
        config.setUsername("app");
        // ruleid: java-hardcoded-credential
        config.setPassword("hikari-pass-01");
    }

    public Properties props() {
        Properties props = new Properties();
        props.put("user", "app");
        // ruleid: java-hardcoded-credential
        props.put("password", "p4ssw0rd!");
        // ok: java-hardcoded-credential
        props.put("password", System.getenv("DB_PASSWORD"));
        return props;
    }

    public UserDetails demoUser() {
        return User.withUsername("admin")
            // ruleid: java-hardcoded-credential
            .password("{noop}admin-password")
            .roles("ADMIN")
            .build();
    }

    public void assign(Settings settings) {
        // ruleid: java-hardcoded-credential
        settings.clientSecret = System.getenv("CLIENT_SECRET");
        // ok: java-hardcoded-credential
        settings.clientSecretName = "oauth-client";
    }

    public String label() {
        // ok: java-hardcoded-credential
        String passwordLabel = "Password";
        // ok: java-hardcoded-credential
        String password = request().getParameter("password");
        return passwordLabel + password;
    }

    public void messages(java.util.Map<String, String> errors) {
        // ok: java-hardcoded-credential
        errors.put("password", "Password is required");
    }

    static class Settings {
        String clientSecret;
        String clientSecretName;
    }

    private javax.servlet.http.HttpServletRequest request() {
        return null;
    }
}
