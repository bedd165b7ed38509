package com.example.maps;

public class MapsClient {
    // ruleid: java-hardcoded-api-key
    private static final String MAPS_KEY = System.getenv("MAPS_KEY");
    // ruleid: java-hardcoded-api-key
    private static final String AWS_ACCESS_KEY_ID = System.getenv("AWS_ACCESS_KEY_ID");
    // ok: java-hardcoded-api-key
    private static final String AWS_REGION = "eu-west-1";
    // ok: java-hardcoded-api-key
    private static final String KEY_ENV = "MAPS_API_KEY";

    public String staticMapUrl(double lat, double lon) {
        return "https://maps.googleapis.com/maps/api/staticmap?center=" + lat + "," + lon
                // ruleid: java-hardcoded-api-key
                + "&zoom=14&key=AIzaSyBx7Yh2Lm4Qn6Rp8St0Uv2Wx4Yz6Ab8Cd0";
    }

    public String githubToken() {
        // ruleid: java-hardcoded-api-key
        return "ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R";
    }

    public String signingKey() {
        // ruleid: java-hardcoded-api-key
        return """
            -----BEGIN PRIVATE KEY-----
            MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7
            -----END PRIVATE KEY-----
            """;
    }

    public String fromEnvironment() {
        // ok: java-hardcoded-api-key
        return System.getenv(KEY_ENV);
    }

    public String placeholder() {
        // ok: java-hardcoded-api-key
        return "AIza-your-key-here";
    }
}
