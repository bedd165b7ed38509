package com.example.vault;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapEncoder;

public class SecureVault {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String PEOPLE = "ou=people,dc=example,dc=com";

    private final SecretKey dataKey;
    private final JwtParser jwtParser;
    private final DirContext ctx;
    private final LdapTemplate ldapTemplate;
    private final File storageRoot;
    private final SecureRandom random = new SecureRandom();

    public SecureVault(SecretKey dataKey, byte[] jwtSecret, DirContext ctx, LdapTemplate ldapTemplate, File storageRoot) {
        this.dataKey = dataKey;
        this.jwtParser = Jwts.parserBuilder().setSigningKey(Keys.hmacShaKeyFor(jwtSecret)).build();
        this.ctx = ctx;
        this.ldapTemplate = ldapTemplate;
        this.storageRoot = storageRoot;
    }

    public byte[] seal(byte[] plaintext) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
        byte[] sealed = cipher.doFinal(plaintext);
        return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    }

    public byte[] open(byte[] message) throws GeneralSecurityException {
        ByteBuffer buffer = ByteBuffer.wrap(message);
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
        return cipher.doFinal(sealed);
    }

    public String subject(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            throw new SecurityException("missing token");
        }
        Claims claims = jwtParser.parseClaimsJws(header.substring(7)).getBody();
        return claims.getSubject();
    }

    public boolean memberExists(HttpServletRequest request) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        String uid = request.getParameter("uid");
        return ctx.search(PEOPLE, "(&(objectClass=person)(uid={0}))", new Object[] {uid}, controls).hasMore();
    }

    public List<String> mailOf(HttpServletRequest request) {
        String name = LdapEncoder.filterEncode(request.getParameter("name"));
        return ldapTemplate.search(PEOPLE, "(cn=" + name + ")",
            (AttributesMapper<String>) attrs -> (String) attrs.get("mail").get());
    }

    public byte[] readDocument(String relative) throws IOException {
        File file = new File(storageRoot, relative);
        String root = storageRoot.getCanonicalPath() + File.separator;
        if (!file.getCanonicalPath().startsWith(root)) {
            throw new SecurityException("outside storage");
        }
        return Files.readAllBytes(file.toPath());
    }

    public String label(String raw) {
        return raw.startsWith("doc-") ? raw.substring(4) : new String(raw.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
