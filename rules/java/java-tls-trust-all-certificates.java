package com.example.http;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.conn.ssl.TrustSelfSignedStrategy;
import org.apache.http.ssl.SSLContexts;

public class InsecureClients {

    public SSLContext trustAll() throws Exception {
        TrustManager[] trustAllCerts = new TrustManager[] {
            new X509TrustManager() {
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }

                // ok: java-tls-trust-all-certificates
                public void checkClientTrusted(X509Certificate[] certs, String authType) {
                }

                // ruleid: java-tls-trust-all-certificates
                public void checkServerTrusted(X509Certificate[] certs, String authType) {
                    // trust everything
                }
            }
        };
        SSLContext sc = SSLContext.getInstance("TLS");
        sc.init(null, trustAllCerts, new SecureRandom());
        return sc;
    }

    static class LenientTrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        // ruleid: java-tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) { return; }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return null;
        }
    }

    static class PinningTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;

        PinningTrustManager(X509TrustManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        // ok: java-tls-trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }

    public SSLContext apacheTrustAll() throws Exception {
        return SSLContexts.custom()
            // ruleid: java-tls-trust-all-certificates
            .loadTrustMaterial(null, new TrustAllStrategy())
            .build();
    }

    public SSLContext apacheSelfSigned() throws Exception {
        return SSLContexts.custom()
            // ruleid: java-tls-trust-all-certificates
            .loadTrustMaterial(null, (chain, authType) -> true)
            .build();
    }

    public SSLContext apacheSelfSignedStrategy(KeyStore store) throws Exception {
        return SSLContexts.custom()
            // ruleid: java-tls-trust-all-certificates
            .loadTrustMaterial(store, new TrustSelfSignedStrategy())
            .build();
    }

    public SslContext netty() throws Exception {
        return SslContextBuilder.forClient()
            // ruleid: java-tls-trust-all-certificates
            .trustManager(InsecureTrustManagerFactory.INSTANCE)
            .build();
    }

    public SSLContext privateCa(KeyStore caStore) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(caStore);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        // ok: java-tls-trust-all-certificates
        context.init(null, tmf.getTrustManagers(), new SecureRandom());
        return context;
    }

    public SSLContext apacheWithStore(KeyStore store) throws Exception {
        return SSLContexts.custom()
            // ok: java-tls-trust-all-certificates
            .loadTrustMaterial(store, null)
            .build();
    }
}
