package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class GreetingServlet extends HttpServlet {
    private static final String HEADER = "<html><body>";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String name = req.getParameter("name");
        resp.setContentType("text/html");
        // ruleid: java-servlet-xss
        resp.getWriter().println("<h1>Hello, " + name + "</h1>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = response.getWriter();
        // ok: java-servlet-xss
        out.println(HEADER);
        try {
            String comment = request.getParameter("comment");
            // ruleid: java-servlet-xss
            out.write("<p>" + comment + "</p>");
            // ok: java-servlet-xss
            out.write("<p>" + Encode.forHtml(comment) + "</p>");
        } finally {
            // ok: java-servlet-xss
            out.println("</body></html>");
        }
    }

    protected void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-servlet-xss
        response.getWriter().write(request.getParameter("q"));
    }

    protected void json(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        // ok: java-servlet-xss
        response.getWriter().write("{\"q\": \"" + request.getParameter("q") + "\"}");
    }

    protected void image(HttpServletResponse response, byte[] png) throws IOException {
        response.setContentType(contentTypeOf(png));
        // ok: java-servlet-xss
        response.getOutputStream().write(png);
    }

    private String contentTypeOf(byte[] data) {
        return "image/png";
    }

    protected void log(StringBuilder sb, String value) {
        // ok: java-servlet-xss
        sb.append(value);
    }
}

@RestController
class HelloController {

    @GetMapping("/hello")
    public String hello(@RequestParam String name) {
        // ruleid: java-servlet-xss
        return "<h1>Hello " + name + "</h1>";
    }

    @GetMapping("/greeting")
    public String greeting(@RequestParam String name) {
        // ok: java-servlet-xss
        return "Hello " + name;
    }

    @GetMapping(value = "/page", produces = MediaType.TEXT_HTML_VALUE)
    public String page(@RequestParam String title) {
        // ok: java-servlet-xss
        return "<h1>" + Encode.forHtml(title) + "</h1>";
    }
}
