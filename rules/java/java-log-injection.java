package com.example.shop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class LoginServlet extends HttpServlet {
    private static final Logger LOGGER = LoggerFactory.getLogger(LoginServlet.class);
    private static final java.util.logging.Logger AUDIT_LOG = java.util.logging.Logger.getLogger("auth");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        // ruleid: java-log-injection
        LOGGER.info("Login attempt for user: " + username);
        // ruleid: java-log-injection
        LOGGER.warn("Login failed for {} from {}", username, request.getHeader("X-Forwarded-For"));
        // ruleid: java-log-injection
        AUDIT_LOG.log(Level.WARNING, "failed login: " + username);
        String agent = request.getHeader("User-Agent");
        String line = String.format("client %s requested %s", agent, request.getRequestURI());
        // ruleid: java-log-injection
        AUDIT_LOG.info(line);
        response.sendError(401);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getParameter("page");
        // ok: java-log-injection
        LOGGER.info("Page requested: {}", page.replaceAll("[\r\n]", "_"));
        // ok: java-log-injection
        LOGGER.info("Page requested: " + Encode.forJava(request.getParameter("page")));
        // ok: java-log-injection
        LOGGER.debug("Page number {}", Integer.parseInt(request.getParameter("n")));
        // ok: java-log-injection
        LOGGER.debug("Query has {} characters", request.getQueryString().length());
        // Standard output is not a log here.
        // ok: java-log-injection
        System.out.println("Page requested: " + page);
        response.setStatus(204);
    }
}

@RestController
class OrderController {
    private static final Logger log = LoggerFactory.getLogger(OrderController.class);
    private final ObjectMapper mapper = new ObjectMapper();

    @GetMapping("/orders/search")
    public ResponseEntity<String> search(@RequestParam String customer) {
        // ruleid: java-log-injection
        log.info("Searching orders for customer {}", customer);
        return ResponseEntity.ok("[]");
    }

    @PostMapping("/orders")
    public ResponseEntity<Void> create(@RequestBody Map<String, String> order,
            @RequestHeader("X-Client") String client) {
        String sku = order.get("sku");
        // ruleid: java-log-injection
        log.error("order for " + sku + " rejected for client " + client);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/orders/{ref}")
    public ResponseEntity<String> byReference(@PathVariable("ref") String ref) {
        // ruleid: java-log-injection
        log.debug(describe(ref));
        return ResponseEntity.notFound().build();
    }

    private String describe(String ref) {
        return "lookup of order " + ref;
    }

    // ---- safe look-alikes ----

    @GetMapping("/orders/{id}/status")
    public ResponseEntity<String> status(@PathVariable Long id, @RequestParam String note) {
        // ok: java-log-injection
        log.info("status of order {}", id);
        // ok: java-log-injection
        log.info("note: {}", StringEscapeUtils.escapeJava(note));
        // ok: java-log-injection
        log.info("note: {}", note.replace('\n', ' ').replace('\r', ' '));
        return ResponseEntity.ok("shipped");
    }

    @PostMapping("/orders/audit")
    public ResponseEntity<Void> audit(@RequestBody Map<String, String> payload) throws IOException {
        // ok: java-log-injection
        log.info("audit payload {}", mapper.writeValueAsString(payload));
        return ResponseEntity.noContent().build();
    }

    void reportBatch(String batchId, int size) {
        // Not request data: a plain method's parameters.
        // ok: java-log-injection
        log.info("batch {} with {} orders done", batchId, size);
        // ok: java-log-injection
        log.warn("cache warm-up took too long");
    }
}
