package com.example.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/** Catalog search that treats the user's text as literal text, never as a pattern. */
public class PatternSearch {
    private static final Pattern SKU = Pattern.compile("^[A-Z]{3}-\\d{4}$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final List<String> names;

    public PatternSearch(List<String> names) {
        this.names = names;
    }

    public List<String> search(HttpServletRequest request) {
        String query = request.getParameter("q");
        if (query == null) {
            return new ArrayList<>();
        }
        Pattern literal = Pattern.compile(Pattern.quote(query.trim()), Pattern.CASE_INSENSITIVE);
        List<String> hits = new ArrayList<>();
        for (String name : names) {
            if (literal.matcher(name).find()) {
                hits.add(name);
            }
        }
        return hits;
    }

    public boolean validSku(HttpServletRequest request) {
        String sku = request.getParameter("sku");
        return sku != null && SKU.matcher(sku).matches() && sku.matches("^[A-Z0-9-]+$");
    }

    public List<String> keywords(HttpServletRequest request) {
        String text = request.getParameter("keywords");
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String word : WHITESPACE.split(text.toLowerCase(Locale.ROOT))) {
            out.add(word.replaceAll("[^a-z0-9]", ""));
        }
        return out;
    }

    public String highlight(HttpServletRequest request, String description) {
        String term = request.getParameter("term");
        return term == null ? description : description.replace(term, "**" + term + "**");
    }

    public void rememberSort(HttpServletRequest request) {
        String sort = "name".equals(request.getParameter("sort")) ? "name" : "price";
        HttpSession session = request.getSession();
        session.setAttribute("sort", sort);
    }
}
