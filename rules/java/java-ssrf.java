package com.example.fetch;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import okhttp3.Request;
import org.apache.http.client.methods.HttpGet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

@RestController
public class Fetcher {
    private static final String STATUS_URL = "https://status.example.com/api/v2/status.json";
    private static final String BASE = "http://api.openweathermap.org/data/2.5/weather?q=";
    private static final java.util.Set<String> ALLOWED_HOSTS = java.util.Set.of("example.com");
    private final RestTemplate restTemplate = new RestTemplate();
    private final WebClient webClient = WebClient.create("https://api.example.com");
    private final String weatherHost = System.getenv("WEATHER_HOST");

    @GetMapping("/download")
    public InputStream download(@RequestParam String src) throws Exception {
        // ruleid: java-ssrf
        return new URL(src).openStream();
    }

    public HttpURLConnection weather(HttpServletRequest request) throws Exception {
        String host = request.getParameter("host");
        String location = request.getParameter("q");
        String target = "http://" + host + "/weather?q=" + location;
        // ruleid: java-ssrf
        return (HttpURLConnection) (new URL(target)).openConnection();
    }

    public HttpURLConnection weatherFixedHost(HttpServletRequest request) throws Exception {
        String location = request.getParameter("q");
        // ok: java-ssrf
        return (HttpURLConnection) (new URL(BASE + location)).openConnection();
    }

    public HttpURLConnection weatherConfigured(HttpServletRequest request) throws Exception {
        // ok: java-ssrf (the host comes from configuration, the query value is encoded)
        return (HttpURLConnection) new URL("http://" + weatherHost + "/weather?q="
            + URLEncoder.encode(request.getParameter("q"), StandardCharsets.UTF_8)).openConnection();
    }

    @GetMapping("/hook")
    public int linked(@RequestParam("endpoint") String endpoint) throws Exception {
        URL url = new URL(endpoint);
        // ruleid: java-ssrf
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod("POST");
        return conn.getResponseCode();
    }

    private String callbackOf(HttpServletRequest request) {
        return request.getHeader("X-Callback").trim();
    }

    public String preview(HttpServletRequest request) {
        // ruleid: java-ssrf
        return restTemplate.getForObject(callbackOf(request), String.class);
    }

    @GetMapping("/apache")
    public HttpGet apache(@RequestParam String target) {
        // ruleid: java-ssrf
        return new HttpGet(String.format("%s/health", target));
    }

    @GetMapping("/net")
    public String javaNet(@RequestHeader("X-Target") String target) throws Exception {
        // ruleid: java-ssrf
        HttpRequest request = HttpRequest.newBuilder(URI.create(target)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @GetMapping("/ok")
    public Request okhttp(@RequestParam String callbackUrl) {
        // ruleid: java-ssrf
        return new Request.Builder().url(callbackUrl).build();
    }

    @GetMapping("/scrape")
    public Document scrape(@RequestParam String page) throws Exception {
        // ruleid: java-ssrf
        return Jsoup.connect(page).get();
    }

    @GetMapping("/ping")
    public boolean ping(@RequestParam String host) throws Exception {
        // ruleid: java-ssrf
        try (Socket socket = new Socket(host, 443)) {
            return socket.isConnected();
        }
    }

    public InputStream status() throws Exception {
        // ok: java-ssrf
        return new URL(STATUS_URL).openStream();
    }

    public InputStream literal() throws Exception {
        // ok: java-ssrf
        return new URL("https://example.com/robots.txt").openStream();
    }

    public InputStream mirror(String mirrorUrl) throws Exception {
        // ok: java-ssrf (a plain parameter: no request data in this method)
        return new URL(mirrorUrl).openStream();
    }

    @GetMapping("/user")
    public String user(@RequestParam String id) {
        // ok: java-ssrf
        return restTemplate.getForObject("https://api.example.com/users/" + id, String.class);
    }

    @GetMapping("/user/{id}")
    public String reactive(@RequestParam String id) {
        // ok: java-ssrf
        return webClient.get().uri("/users/{id}", id).retrieve().bodyToMono(String.class).block();
    }

    @GetMapping("/search")
    public String search(@RequestParam String q) {
        // ok: java-ssrf
        return webClient.get().uri(b -> b.path("/search").queryParam("q", q).build()).retrieve().bodyToMono(String.class).block();
    }

    @GetMapping("/item")
    public HttpRequest fixedHost(@RequestParam String id) {
        String path = "https://api.example.com/items/" + id;
        // ok: java-ssrf
        return HttpRequest.newBuilder(URI.create(path)).build();
    }

    @GetMapping("/page")
    public HttpRequest page(@RequestParam String n) {
        int number = Integer.parseInt(n);
        // ok: java-ssrf
        return HttpRequest.newBuilder(URI.create(weatherHost + "/pages/" + number)).build();
    }

    @GetMapping("/checked")
    public HttpRequest checked(@RequestParam String link) {
        URI uri = URI.create(link);
        if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("host not allowed");
        }
        // ok: java-ssrf
        return HttpRequest.newBuilder(uri).build();
    }

    @GetMapping("/parse")
    public URL parseOnly(@RequestParam String spec) throws Exception {
        // ok: java-ssrf
        return new URL(spec);
    }
}
