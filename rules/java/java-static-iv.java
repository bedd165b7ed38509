package com.example.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class TokenCipher {
    private static final byte[] FIXED_IV = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
        0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10};
    private static final String IV_TEXT = "abcdef9876543210";
    private static final int GCM_TAG_BITS = 128;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(byte[] keyBytes) {
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    public byte[] encryptWithFieldIv(String plaintext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        IvParameterSpec ivSpec = new IvParameterSpec(FIXED_IV);
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, ivSpec);
        return cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] encryptWithStringIv(String plaintext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec("1234567890123456".getBytes()));
        return cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] encryptWithConstant(byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        IvParameterSpec spec = new IvParameterSpec(IV_TEXT.getBytes(StandardCharsets.UTF_8));
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, spec);
        return cipher.doFinal(data);
    }

    public byte[] encryptGcmLiteral(byte[] data) throws GeneralSecurityException {
        byte[] nonce = new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(GCM_TAG_BITS, nonce));
        return cipher.doFinal(data);
    }

    public byte[] encryptZeroIv(byte[] data) throws GeneralSecurityException {
        byte[] iv = new byte[16];
        IvParameterSpec ivParameterSpec = new IvParameterSpec(iv);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, ivParameterSpec);
        return cipher.doFinal(data);
    }

    public byte[] encryptDecodedIv(byte[] data) throws GeneralSecurityException {
        byte[] iv = Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODw==");
        Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv), random);
        return cipher.doFinal(data);
    }

    private static IvParameterSpec defaultIv() {
        return new IvParameterSpec(FIXED_IV);
    }

    public byte[] encryptWithHelper(byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, defaultIv());
        return cipher.doFinal(data);
    }

    // Safe look-alikes.

    public byte[] encryptRandomGcm(byte[] data) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(GCM_TAG_BITS, iv));
        byte[] ciphertext = cipher.doFinal(data);
        return ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
    }

    private byte[] newIv(int length) {
        byte[] iv = new byte[length];
        SecureRandom secureRandom = new SecureRandom();
        secureRandom.nextBytes(iv);
        return iv;
    }

    public byte[] encryptRandomCbc(byte[] data) throws GeneralSecurityException {
        byte[] iv = newIv(16);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cipher.doFinal(data);
    }

    public byte[] decrypt(byte[] message) throws GeneralSecurityException {
        ByteBuffer buffer = ByteBuffer.wrap(message);
        byte[] iv = new byte[12];
        buffer.get(iv);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-static-iv
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(GCM_TAG_BITS, iv));
        return cipher.doFinal(ciphertext);
    }

    public byte[] decryptLegacy(byte[] ciphertext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: java-static-iv
        cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(FIXED_IV));
        return cipher.doFinal(ciphertext);
    }

    public byte[] encryptProvidedIv(byte[] data, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ok: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cipher.doFinal(data);
    }

    public byte[] encryptProviderIv(byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java-static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key);
        byte[] ciphertext = cipher.doFinal(data);
        byte[] iv = cipher.getIV();
        return ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext).array();
    }
}
