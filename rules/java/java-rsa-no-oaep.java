package com.example.crypto;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import javax.crypto.Cipher;

public class KeyWrapper {

    public byte[] wrap(PublicKey key, byte[] secret) throws Exception {
        // ruleid: java-rsa-no-oaep
        Cipher cipher = Cipher.getInstance("RSA");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(secret);
    }

    public byte[] unwrap(PrivateKey key, byte[] wrapped) throws Exception {
        // ruleid: java-rsa-no-oaep
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.DECRYPT_MODE, key);
        return cipher.doFinal(wrapped);
    }

    public Cipher textbook() throws Exception {
        // ruleid: java-rsa-no-oaep
        return javax.crypto.Cipher.getInstance("RSA/NONE/NoPadding", "BC");
    }

    public Cipher oaep() throws Exception {
        // ok: java-rsa-no-oaep
        return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    }

    public byte[] sign(PrivateKey key, byte[] data) throws Exception {
        // ok: java-rsa-no-oaep
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(data);
        return signature.sign();
    }

    public Cipher aes() throws Exception {
        // ok: java-rsa-no-oaep
        return Cipher.getInstance("AES/GCM/NoPadding");
    }
}
