package com.example.security;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;

public class Fingerprints {

    public byte[] passwordHash(String password) throws NoSuchAlgorithmException {
        // ruleid: java-weak-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        return md.digest(password.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] sha1(byte[] data) throws Exception {
        // ruleid: java-weak-hash
        return MessageDigest.getInstance("SHA-1", "SUN").digest(data);
    }

    public byte[] sha1NoDash(byte[] data) throws Exception {
        // ruleid: java-weak-hash
        return java.security.MessageDigest.getInstance("SHA1").digest(data);
    }

    public byte[] lowerCase(byte[] data) throws Exception {
        // ruleid: java-weak-hash
        MessageDigest md = MessageDigest.getInstance("md5");
        return md.digest(data);
    }

    public byte[] md2(byte[] data) throws Exception {
        MessageDigest md =
            // ruleid: java-weak-hash
            MessageDigest.getInstance(
                "MD2");
        return md.digest(data);
    }

    public byte[] viaConstant(byte[] data) {
        // ruleid: java-weak-hash
        return DigestUtils.getDigest(MessageDigestAlgorithms.MD5).digest(data);
    }

    public String commonsHex(String token) {
        // ruleid: java-weak-hash
        return DigestUtils.md5Hex(token);
    }

    public String commonsSha1(String token) {
        // ruleid: java-weak-hash
        return DigestUtils.sha1Hex(token.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] commonsDigest(byte[] data) {
        // ruleid: java-weak-hash
        return DigestUtils.getSha1Digest().digest(data);
    }

    public String spring(byte[] body) {
        // ruleid: java-weak-hash
        return org.springframework.util.DigestUtils.md5DigestAsHex(body);
    }

    public String guava(String key) {
        // ruleid: java-weak-hash
        HashFunction f = Hashing.sha1();
        return f.hashString(key, StandardCharsets.UTF_8).toString();
    }

    public String helper(String password) {
        // ruleid: java-weak-hash
        return Security.md5(password);
    }

    public byte[] strong(byte[] data) throws NoSuchAlgorithmException {
        // ok: java-weak-hash
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    public byte[] strongFromConstant(byte[] data) {
        // ok: java-weak-hash
        return DigestUtils.getDigest(MessageDigestAlgorithms.SHA3_256).digest(data);
    }

    public String strongCommons(String token) {
        // ok: java-weak-hash
        return DigestUtils.sha256Hex(token);
    }

    public String strongGuava(String key) {
        // ok: java-weak-hash
        return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString();
    }

    public byte[] configured(String algorithm, byte[] data) throws NoSuchAlgorithmException {
        // ok: java-weak-hash
        return MessageDigest.getInstance(algorithm).digest(data);
    }

    public String label() {
        // ok: java-weak-hash
        return "MD5";
    }
}
