package com.example.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

public class KeyFactoryService {
    private KeyPairGenerator signingGenerator;

    public KeyPair rsaKeys() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: java-weak-key-size
        kpg.initialize(1024);
        return kpg.generateKeyPair();
    }

    public KeyPair dsaKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("DSA");
        // ruleid: java-weak-key-size
        generator.initialize(512, new SecureRandom());
        return generator.generateKeyPair();
    }

    public KeyPair dhKeys() throws GeneralSecurityException {
        try {
            KeyPairGenerator dh = KeyPairGenerator.getInstance("DH");
            // ruleid: java-weak-key-size
            dh.initialize(1536);
            return dh.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DH unavailable", e);
        }
    }

    public void initSigning() throws GeneralSecurityException {
        signingGenerator = KeyPairGenerator.getInstance("RSA");
        // ruleid: java-weak-key-size
        signingGenerator.initialize(2047);
    }

    public KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        // ruleid: java-weak-key-size
        ec.initialize(192);
        return ec.generateKeyPair();
    }

    public KeyPair ecNamedCurve() throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        // ruleid: java-weak-key-size
        ec.initialize(new ECGenParameterSpec("secp160r1"));
        return ec.generateKeyPair();
    }

    public KeyPair rsaSpec() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: java-weak-key-size
        kpg.initialize(new RSAKeyGenParameterSpec(768, RSAKeyGenParameterSpec.F4));
        return kpg.generateKeyPair();
    }

    public SecretKey aesKey() throws GeneralSecurityException {
        KeyGenerator keyGen = KeyGenerator.getInstance("AES");
        // ruleid: java-weak-key-size
        keyGen.init(64);
        return keyGen.generateKey();
    }

    // Safe look-alikes.

    public KeyPair rsaStrong() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ok: java-weak-key-size
        kpg.initialize(2048);
        return kpg.generateKeyPair();
    }

    public KeyPair rsaLongLived() throws GeneralSecurityException {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ok: java-weak-key-size
        kpg.initialize(new RSAKeyGenParameterSpec(4096, RSAKeyGenParameterSpec.F4), new SecureRandom());
        return kpg.generateKeyPair();
    }

    public KeyPair ecStrong() throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        // ok: java-weak-key-size
        ec.initialize(256);
        return ec.generateKeyPair();
    }

    public KeyPair ecP384() throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        // ok: java-weak-key-size
        ec.initialize(new ECGenParameterSpec("secp384r1"));
        return ec.generateKeyPair();
    }

    public KeyPair ecSect283() throws GeneralSecurityException {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        // ok: java-weak-key-size
        ec.initialize(new ECGenParameterSpec("sect283k1"));
        return ec.generateKeyPair();
    }

    public SecretKey aes256() throws GeneralSecurityException {
        KeyGenerator keyGen = KeyGenerator.getInstance("AES");
        // ok: java-weak-key-size
        keyGen.init(256, new SecureRandom());
        return keyGen.generateKey();
    }

    public SecretKey aes128() throws GeneralSecurityException {
        KeyGenerator keyGen = KeyGenerator.getInstance("AES");
        // ok: java-weak-key-size
        keyGen.init(128);
        return keyGen.generateKey();
    }

    public void pad(java.nio.ByteBuffer buffer) {
        // ok: java-weak-key-size
        buffer.limit(1024);
    }

    public BigInteger prime(SecureRandom random) {
        // ok: java-weak-key-size
        return BigInteger.probablePrime(1024, random);
    }
}
