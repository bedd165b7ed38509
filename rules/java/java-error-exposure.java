package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class ReportServlet extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(ReportServlet.class);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            render(req, resp);
        } catch (Exception e) {
            // ruleid: java-error-exposure
            resp.getWriter().println("Error: " + e.getMessage());
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PrintWriter out = resp.getWriter();
        try {
            render(req, resp);
        } catch (IllegalStateException | IOException ex) {
            // ruleid: java-error-exposure
            ex.printStackTrace(out);
            // ruleid: java-error-exposure
            out.println(ExceptionUtils.getStackTrace(ex));
        }
    }

    protected void service2(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getParameter("action");
        try {
            render(req, resp);
        } catch (Exception e) {
            log.error("action {} failed", action, e);
            // ruleid: java-error-exposure
            resp.sendError(500, "Exception trying to perform action=" + action + "\nException details: " + e.toString());
        }
    }

    protected void direct(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            render(req, resp);
        } catch (RuntimeException e) {
            // ruleid: java-error-exposure
            e.printStackTrace(new PrintWriter(resp.getOutputStream()));
        }
    }

    protected void safe(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            render(req, resp);
        } catch (Exception e) {
            String id = java.util.UUID.randomUUID().toString();
            log.error("request {} failed", id, e);
            // ok: java-error-exposure
            resp.sendError(500, "Internal error, reference " + id);
            // ok: java-error-exposure
            e.printStackTrace();
        }
    }

    private void render(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    }
}

@RestController
class OrderController {
    private static final Logger log = LoggerFactory.getLogger(OrderController.class);

    @GetMapping("/orders")
    public ResponseEntity<String> orders(@RequestParam String customer) {
        try {
            return ResponseEntity.ok(load(customer));
        } catch (Exception e) {
            // ruleid: java-error-exposure
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(e.getMessage());
        }
    }

    @GetMapping("/legacy")
    public String legacy(@RequestParam String customer) {
        try {
            return load(customer);
        } catch (Exception e) {
            // ruleid: java-error-exposure
            return "Failed: " + e;
        }
    }

    @GetMapping("/quiet")
    public ResponseEntity<String> quiet(@RequestParam String customer) {
        try {
            return ResponseEntity.ok(load(customer));
        } catch (Exception e) {
            log.error("loading orders for {} failed", customer, e);
            // ok: java-error-exposure
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("Internal error");
        }
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> any(Exception e) {
        // ruleid: java-error-exposure
        return new ResponseEntity<>(e.getMessage(), HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        // ok: java-error-exposure
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    private String load(String customer) {
        return customer;
    }
}
