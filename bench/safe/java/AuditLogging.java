package com.example.audit;

import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Logs requests with line breaks removed, and credentials only as facts about them. */
@RestController
public class AuditLogging {
    private static final Logger log = LoggerFactory.getLogger(AuditLogging.class);

    private static String oneLine(String value) {
        return value == null ? "-" : value.replaceAll("[\\r\\n]", "_");
    }

    @GetMapping("/reports/{id}")
    public ResponseEntity<String> report(@PathVariable long id, @RequestParam String title, HttpServletRequest request) {
        log.info("report {} requested, title {}", id, title.replaceAll("[\r\n]", "_"));
        log.debug("report title length {}", title.length());
        return ResponseEntity.ok("{}");
    }

    @PostMapping("/api-keys")
    public ResponseEntity<Void> rotate(@RequestParam String owner) {
        String apiKey = java.util.UUID.randomUUID().toString();
        log.info("rotated API key for {} (key ends in {})", oneLine(owner), apiKey.substring(apiKey.length() - 4));
        log.warn("Invalid password attempts are limited to 5 per minute");
        return ResponseEntity.noContent().build();
    }
}
