package com.example.fetch;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import okhttp3.Request;
import org.apache.http.client.methods.HttpGet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

public class Fetcher {
    private static final String STATUS_URL = "https://status.example.com/api/v2/status.json";
    private final RestTemplate restTemplate = new RestTemplate();
    private final WebClient webClient = WebClient.create("https://api.example.com");

    public InputStream download(String src) throws Exception {
        // ruleid: java-ssrf
        return new URL(src).openStream();
    }

    public HttpURLConnection weather(String location) throws Exception {
        // ruleid: java-ssrf
        return (HttpURLConnection) (new URL("http://" + host + "/weather?q=" + location)).openConnection();
    }

    public HttpURLConnection weatherFixedHost(String location) throws Exception {
        // ok: java-ssrf
        return (HttpURLConnection) (new URL(BASE + location)).openConnection();
    }

    public HttpURLConnection linked(String endpoint) throws Exception {
        URL url = new URL(endpoint);
        // ruleid: java-ssrf
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod("POST");
        return conn;
    }

    public String preview(String link) {
        // ruleid: java-ssrf
        return restTemplate.getForObject(link, String.class);
    }

    public HttpGet apache(String target) {
        // ruleid: java-ssrf
        return new HttpGet(target);
    }

    public String javaNet(String target) throws Exception {
        // ruleid: java-ssrf
        HttpRequest request = HttpRequest.newBuilder(URI.create(target)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public Request okhttp(String callbackUrl) {
        // ruleid: java-ssrf
        return new Request.Builder().url(callbackUrl).build();
    }

    public Document scrape(String page) throws Exception {
        // ruleid: java-ssrf
        return Jsoup.connect(page).get();
    }

    public InputStream status() throws Exception {
        // ok: java-ssrf
        return new URL(STATUS_URL).openStream();
    }

    public InputStream literal() throws Exception {
        // ok: java-ssrf
        return new URL("https://example.com/robots.txt").openStream();
    }

    public String user(long id) {
        // ok: java-ssrf
        return restTemplate.getForObject("https://api.example.com/users/" + id, String.class);
    }

    public String reactive(String id) {
        // ok: java-ssrf
        return webClient.get().uri("/users/{id}", id).retrieve().bodyToMono(String.class).block();
    }

    public HttpRequest fixedHost(String id) {
        // ok: java-ssrf
        return HttpRequest.newBuilder(URI.create("https://api.example.com/items/" + id)).build();
    }

    public HttpRequest checked(String link) {
        URI uri = URI.create(link);
        if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("host not allowed");
        }
        // ok: java-ssrf
        return HttpRequest.newBuilder(uri).build();
    }

    public URL parseOnly(String spec) throws Exception {
        // ok: java-ssrf
        return new URL(spec);
    }

    private static final String BASE = "http://api.openweathermap.org/data/2.5/weather?q=";
    private static final java.util.Set<String> ALLOWED_HOSTS = java.util.Set.of("example.com");
    private String host = System.getenv("WEATHER_HOST");
}
