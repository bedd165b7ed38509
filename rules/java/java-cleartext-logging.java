package com.example.accounts;

import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

record LoginRequest(String username, String password) {}

class User {
    private String email;
    private String password;
    private String passwordHash;

    String getEmail() { return email; }
    String getPassword() { return password; }
    String getPasswordHash() { return passwordHash; }
}

@RestController
public class AccountController {
    private static final Logger log = LoggerFactory.getLogger(AccountController.class);
    private static final java.util.logging.Logger AUDIT_LOG = java.util.logging.Logger.getLogger("audit");
    private static final String API_KEY_HEADER = "X-Api-Key";

    private final PasswordEncoder passwordEncoder;

    @Value("${payments.api-key}")
    private String paymentsApiKey;

    @Value("${jwt.secret}")
    private String jwtSecret;

    AccountController(PasswordEncoder passwordEncoder) {
        this.passwordEncoder = passwordEncoder;
    }

    @PostMapping("/login")
    public ResponseEntity<Void> login(@RequestBody LoginRequest request) {
        // ruleid: java-cleartext-logging
        log.info("Login attempt: user={}, password={}", request.username(), request.password());
        String password = request.password();
        // ruleid: java-cleartext-logging
        log.debug("Checking credentials " + request.username() + ":" + password);
        // ok: java-cleartext-logging
        log.warn("Invalid password for user {}", request.username());
        // ok: java-cleartext-logging
        log.debug("Password provided: {}, length {}", password != null, password.length());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/register")
    public ResponseEntity<Void> register(@RequestBody User user) {
        // ruleid: java-cleartext-logging
        log.info("Registering {} with password {}", user.getEmail(), user.getPassword());
        String passwordHash = passwordEncoder.encode(user.getPassword());
        // ok: java-cleartext-logging
        log.info("Stored hash {} for {}", passwordHash, user.getEmail());
        // ok: java-cleartext-logging
        log.info("Hash on record: {}", user.getPasswordHash());
        return ResponseEntity.status(201).build();
    }

    void startPayments() {
        // ruleid: java-cleartext-logging
        log.info("Payments client uses key {}", paymentsApiKey);
        String message = String.format("signing tokens with %s", this.jwtSecret);
        // ruleid: java-cleartext-logging
        AUDIT_LOG.log(Level.CONFIG, message);
        // ok: java-cleartext-logging
        log.info("Payments key configured: {}, prefix {}", paymentsApiKey != null, paymentsApiKey.substring(0, 4));
        // ok: java-cleartext-logging
        log.info("Clients send their key in the {} header", API_KEY_HEADER);
    }

    void issue(String accessToken, int tokenCount, String passwordResetUrl) {
        // ruleid: java-cleartext-logging
        log.debug("issued access token " + accessToken);
        // ok: java-cleartext-logging
        log.debug("issued {} tokens, reset link {}", tokenCount, passwordResetUrl);
        // Standard output is not a log here.
        // ok: java-cleartext-logging
        System.out.println("issued access token " + accessToken);
    }
}
