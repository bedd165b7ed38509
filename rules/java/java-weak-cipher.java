package com.example.crypto;

import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.NullCipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.DESKeySpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class LegacyCrypto {
    private static final String TRANSFORMATION = "DESede/CBC/PKCS5Padding";
    private static final String MODERN = "AES/GCM/NoPadding";

    public byte[] encryptDes(byte[] key, byte[] data) throws Exception {
        // ruleid: java-weak-cipher
        SecretKeyFactory factory = SecretKeyFactory.getInstance("DES");
        // ruleid: java-weak-cipher
        Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, factory.generateSecret(new DESKeySpec(key)));
        return cipher.doFinal(data);
    }

    public SecretKey desKey() throws Exception {
        // ruleid: java-weak-cipher
        KeyGenerator generator = KeyGenerator.getInstance("DES");
        return generator.generateKey();
    }

    public SecretKeyFactory tripleDes() throws Exception {
        // ruleid: java-weak-cipher
        return SecretKeyFactory.getInstance("DESede");
    }

    public Cipher aesDefaultMode() throws Exception {
        // ruleid: java-weak-cipher
        return Cipher.getInstance("AES");
    }

    public Cipher aesEcb() throws Exception {
        // ruleid: java-weak-cipher
        return javax.crypto.Cipher.getInstance("AES/ECB/PKCS5Padding", "BC");
    }

    public Cipher rc4(byte[] key) throws Exception {
        // ruleid: java-weak-cipher
        Cipher c = Cipher.getInstance("RC4");
        // ruleid: java-weak-cipher
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "RC4"));
        return c;
    }

    public Cipher blowfish() throws Exception {
        // ruleid: java-weak-cipher
        return Cipher.getInstance("Blowfish/CBC/PKCS5Padding");
    }

    public Cipher passwordBased() throws Exception {
        // ruleid: java-weak-cipher
        return Cipher.getInstance("PBEWithMD5AndDES");
    }

    public Cipher fromConstant() throws Exception {
        try {
            // ruleid: java-weak-cipher
            return Cipher.getInstance(TRANSFORMATION);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Cipher nothing() {
        // ruleid: java-weak-cipher
        return new NullCipher();
    }

    public KeyGenParameterSpec androidKey() {
        return new KeyGenParameterSpec.Builder("k", KeyProperties.PURPOSE_ENCRYPT)
            // ruleid: java-weak-cipher
            .setBlockModes(KeyProperties.BLOCK_MODE_ECB)
            .build();
    }

    public Cipher gcm(SecretKey key, byte[] iv) throws Exception {
        // ok: java-weak-cipher
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher;
    }

    public Cipher gcmFromConstant() throws Exception {
        // ok: java-weak-cipher
        return Cipher.getInstance(MODERN);
    }

    public SecretKey aesKey() throws Exception {
        // ok: java-weak-cipher
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    public SecretKeySpec aesSpec(byte[] key) {
        // ok: java-weak-cipher
        return new SecretKeySpec(key, "AES");
    }

    public Cipher rsa() throws Exception {
        // ok: java-weak-cipher
        return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    }

    public Cipher chacha() throws Exception {
        // ok: java-weak-cipher
        return Cipher.getInstance("ChaCha20-Poly1305");
    }

    public KeyGenParameterSpec androidGcm() {
        return new KeyGenParameterSpec.Builder("k", KeyProperties.PURPOSE_ENCRYPT)
            // ok: java-weak-cipher
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .build();
    }

    public Cipher configured(String transformation) throws Exception {
        // ok: java-weak-cipher
        return Cipher.getInstance(transformation);
    }
}
