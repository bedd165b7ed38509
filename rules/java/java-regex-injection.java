package com.example.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ArticleSearchController {
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9-]{1,64}$");
    private static final List<String> TITLES = Arrays.asList("Intro to Spring", "JPA tips", "Testing");

    @GetMapping("/search")
    public List<String> search(@RequestParam String pattern) {
        // ruleid: java-regex-injection
        Pattern p = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
        List<String> hits = new ArrayList<>();
        for (String t : TITLES) {
            if (p.matcher(t).find()) {
                hits.add(t);
            }
        }
        return hits;
    }

    @GetMapping("/filter")
    public List<String> filter(@RequestParam("re") String regex) {
        List<String> hits = new ArrayList<>();
        for (String t : TITLES) {
            // ruleid: java-regex-injection
            if (t.matches(".*" + regex + ".*")) {
                hits.add(t);
            }
        }
        return hits;
    }

    @GetMapping("/split/{sep}")
    public List<String> split(@PathVariable String sep, @RequestParam String text) {
        // ruleid: java-regex-injection
        return Arrays.asList(text.split(sep));
    }

    @GetMapping("/valid")
    public boolean valid(@RequestParam String rule, @RequestParam String value) {
        // ruleid: java-regex-injection
        return Pattern.matches(rule, value);
    }

    // Safe look-alikes.

    @GetMapping("/search/literal")
    public List<String> literal(@RequestParam String q) {
        // ok: java-regex-injection
        Pattern p = Pattern.compile(".*" + Pattern.quote(q) + ".*", Pattern.CASE_INSENSITIVE);
        List<String> hits = new ArrayList<>();
        for (String t : TITLES) {
            if (p.matcher(t).matches()) {
                hits.add(t);
            }
        }
        return hits;
    }

    @GetMapping("/slug")
    public boolean slug(@RequestParam String s) {
        // ok: java-regex-injection
        return SLUG.matcher(s).matches() && s.matches("^[a-z0-9-]+$");
    }

    @GetMapping("/words")
    public List<String> words(@RequestParam String text) {
        // ok: java-regex-injection
        return Arrays.asList(text.trim().split("\\s+"));
    }

    @GetMapping("/exact")
    public boolean exact(@RequestParam String needle, @RequestParam String haystack) {
        // ok: java-regex-injection
        return Pattern.compile(needle, Pattern.LITERAL).matcher(haystack).find();
    }

    @GetMapping("/tokens")
    public List<String> tokens(@RequestParam String csv) {
        // ok: java-regex-injection
        return Arrays.asList(SLUG.split(csv));
    }

    public String normalize(String configured, String input) {
        // ok: java-regex-injection
        return input.replaceAll(configured, "-");
    }
}

class HighlightServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String term = request.getParameter("term");
        String body = request.getParameter("body");
        // ruleid: java-regex-injection
        String marked = body.replaceAll("(" + term + ")", "<mark>$1</mark>");
        String word = request.getHeader("X-Word");
        // ruleid: java-regex-injection
        String once = marked.replaceFirst(word, "");
        // ok: java-regex-injection
        String plain = body.replace(term, "*");
        Matcher m = Pattern.compile("\\d+").matcher(once);
        // ok: java-regex-injection
        String masked = m.replaceAll(request.getParameter("mask"));
        // ok: java-regex-injection
        String[] parts = request.getParameter("ids").split(",");
        response.getWriter().write(masked + plain + parts.length);
    }
}
