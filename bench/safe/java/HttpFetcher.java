package com.example.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.web.client.RestTemplate;

public class HttpFetcher {
    private static final URI API = URI.create("https://api.example.com/");
    private static final Set<String> ALLOWED_HOSTS = Set.of("images.example.com", "cdn.example.com");
    private static final String STATUS_URL = "https://status.example.com/api/v2/status.json";
    private final RestTemplate restTemplate = new RestTemplate();
    private final HttpClient client;

    public HttpFetcher(Path trustStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] storePassword = System.getenv("TRUSTSTORE_PASSWORD").toCharArray();
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, storePassword);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, tmf.getTrustManagers(), null);
        this.client = HttpClient.newBuilder()
            .sslContext(context)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    public String user(long id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(API.resolve("users/" + id)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String order(String orderId) {
        return restTemplate.getForObject("https://api.example.com/orders/{id}", String.class, orderId);
    }

    public byte[] image(String link) throws IOException, InterruptedException {
        URI uri = URI.create(link);
        if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("host not allowed");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    public InputStream status() throws IOException {
        return new URL(STATUS_URL).openStream();
    }
}
