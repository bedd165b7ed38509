package com.example.auth;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;

public class TokenService {
    // ruleid: java-insecure-random
    private static final Random RANDOM = new Random();

    public String newSessionToken() {
        return Long.toHexString(RANDOM.nextLong());
    }
}

class OtpSender {

    public String oneTimeCode() {
        // ruleid: java-insecure-random
        int otp = 100000 + new Random().nextInt(900000);
        return String.valueOf(otp);
    }

    public String resetToken(long userId) {
        // ruleid: java-insecure-random
        Random random = new Random(System.currentTimeMillis() + userId);
        return new BigInteger(130, random).toString(32);
    }

    public String temporaryPassword() {
        // ruleid: java-insecure-random
        return RandomStringUtils.randomAlphanumeric(12);
    }

    public byte[] salt() {
        byte[] salt = new byte[16];
        // ruleid: java-insecure-random
        ThreadLocalRandom.current().nextBytes(salt);
        return salt;
    }

    public String nonce() {
        // ruleid: java-insecure-random
        return "" + (long) (Math.random() * Long.MAX_VALUE);
    }

    public String apiKey() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[32];
        // ok: java-insecure-random
        random.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    public String verificationCode() {
        // ok: java-insecure-random
        return RandomStringUtils.secure().nextNumeric(6);
    }
}

class Dice {

    public int roll() {
        // ok: java-insecure-random
        return new Random().nextInt(6) + 1;
    }

    public double jitter(long base) {
        // ok: java-insecure-random
        return base * (0.5 + Math.random());
    }
}
