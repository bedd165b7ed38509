package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class GreetingServlet extends HttpServlet {
    private static final Logger log = LoggerFactory.getLogger(GreetingServlet.class);
    private static final String PAGE_START = "<!doctype html><html><body>";
    private static final String PAGE_END = "</body></html>";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println(PAGE_START);
        try {
            out.println("<h1>Hello, " + Encode.forHtml(name == null ? "guest" : name) + "</h1>");
            out.println("<p>Your visit has been recorded.</p>");
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            log.error("greeting failed, reference {}", reference, e);
            out.println("<p>Something went wrong (reference " + Encode.forHtml(reference) + ").</p>");
        }
        out.println(PAGE_END);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
            response.sendRedirect(request.getContextPath() + "/app" + next.replaceAll("[^A-Za-z0-9/_-]", ""));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/home");
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":\"ok\",\"length\":" + request.getContentLength() + "}");
    }
}
