package com.example.crypto;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class TokenSealer {

    public byte[] seal(SecretKey key, byte[] iv, byte[] token) throws Exception {
        // ruleid: java-cipher-cbc-without-mac
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return cipher.doFinal(token);
    }

    public Cipher raw() throws Exception {
        // ruleid: java-cipher-cbc-without-mac
        return Cipher.getInstance("AES/CBC/NoPadding", "BC");
    }

    public byte[] sealGcm(SecretKey key, byte[] iv, byte[] token) throws Exception {
        // ok: java-cipher-cbc-without-mac
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(token);
    }

    public Cipher keyWrap() throws Exception {
        // ok: java-cipher-cbc-without-mac
        return Cipher.getInstance("AESWrap");
    }
}
