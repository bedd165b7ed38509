package com.example.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

public class GreetingServlet extends HttpServlet {
    private static final String HEADER = "<html><body>";
    private final ObjectMapper mapper = new ObjectMapper();

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
            String greeting = "Thanks, " + request.getHeader("X-User");
            String html = String.format("<div class=\"note\">%s</div>", greeting);
            // ruleid: java-servlet-xss
            out.print(html);
            int page = Integer.parseInt(request.getParameter("page"));
            // ok: java-servlet-xss
            out.println("<p>Page " + page + "</p>");
        } finally {
            // ok: java-servlet-xss
            out.println("</body></html>");
        }
    }

    private String titleOf(HttpServletRequest request) {
        return request.getHeader("X-Title");
    }

    protected void titled(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter writer = response.getWriter();
        // ruleid: java-servlet-xss
        writer.printf("<title>%s</title>", titleOf(request));
        // ok: java-servlet-xss
        writer.printf("<title>%s</title>", HtmlUtils.htmlEscape(titleOf(request)));
    }

    protected void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-servlet-xss
        response.getWriter().write(request.getParameter("q"));
    }

    protected void render(HttpServletResponse response, String message) throws IOException {
        // ok: java-servlet-xss (a plain parameter: no request data in this method)
        response.getWriter().println("<p>" + message + "</p>");
    }

    protected void json(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        // ok: java-servlet-xss
        response.getWriter().write("{\"q\": \"" + request.getParameter("q") + "\"}");
    }

    protected void serialized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        // ok: java-servlet-xss
        response.getWriter().write(mapper.writeValueAsString(Map.of("q", q)));
    }

    protected void image(HttpServletResponse response, byte[] png) throws IOException {
        response.setContentType(contentTypeOf(png));
        // ok: java-servlet-xss
        response.getOutputStream().write(png);
    }

    private String contentTypeOf(byte[] data) {
        return "image/png";
    }

    protected void log(HttpServletRequest request, StringBuilder sb) {
        // ok: java-servlet-xss
        sb.append(request.getParameter("q"));
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

    @GetMapping(value = "/fragment", produces = MediaType.TEXT_PLAIN_VALUE)
    public String fragment(@RequestParam String title) {
        // ok: java-servlet-xss
        return "<h1>" + title + "</h1>";
    }

    @GetMapping("/static")
    public String banner() {
        String product = System.getProperty("product.name");
        // ok: java-servlet-xss
        return "<h1>" + product + "</h1>";
    }
}
