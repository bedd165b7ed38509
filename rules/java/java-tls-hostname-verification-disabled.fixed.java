package com.example.http;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;

public class HostChecks {

    public CloseableHttpClient apache(javax.net.ssl.SSLContext context) {
        SSLConnectionSocketFactory factory =
            // ruleid: java-tls-hostname-verification-disabled
            new SSLConnectionSocketFactory(context, new DefaultHostnameVerifier());
        return HttpClients.custom().setSSLSocketFactory(factory).build();
    }

    public CloseableHttpClient apacheInstance() {
        return HttpClients.custom()
            // ruleid: java-tls-hostname-verification-disabled
            .setSSLHostnameVerifier(new DefaultHostnameVerifier())
            .build();
    }

    public void legacy(SSLSocketFactory ssf) {
        // ruleid: java-tls-hostname-verification-disabled
        ssf.setHostnameVerifier(SSLSocketFactory.STRICT_HOSTNAME_VERIFIER);
    }

    public void anonymous() {
        // ruleid: java-tls-hostname-verification-disabled
        HttpsURLConnection.setDefaultHostnameVerifier(new HostnameVerifier() {
            @Override
            public boolean verify(String hostname, SSLSession session) {
                return true;
            }
        });
    }

    public void lambda(HttpsURLConnection connection) {
        // ruleid: java-tls-hostname-verification-disabled
        connection.setHostnameVerifier((hostname, session) -> true);
    }

    public OkHttpClient okhttp() {
        return new OkHttpClient.Builder()
            // ruleid: java-tls-hostname-verification-disabled
            .hostnameVerifier((hostname, session) -> { return true; })
            .build();
    }

    static class AcceptAll implements HostnameVerifier {
        @Override
        // ruleid: java-tls-hostname-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    }

    static class InternalOnly implements HostnameVerifier {
        private final HostnameVerifier delegate = HttpsURLConnection.getDefaultHostnameVerifier();

        @Override
        // ok: java-tls-hostname-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            return hostname.endsWith(".internal.example.com") && delegate.verify(hostname, session);
        }
    }

    public void strict(HttpsURLConnection connection) {
        // ok: java-tls-hostname-verification-disabled
        connection.setHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());
    }

    public OkHttpClient okhttpPinned(HostnameVerifier verifier) {
        return new OkHttpClient.Builder()
            // ok: java-tls-hostname-verification-disabled
            .hostnameVerifier(verifier)
            .build();
    }

    public boolean unrelated(java.util.function.Predicate<String> p) {
        // ok: java-tls-hostname-verification-disabled
        return java.util.stream.Stream.of("a").anyMatch(s -> true);
    }
}
