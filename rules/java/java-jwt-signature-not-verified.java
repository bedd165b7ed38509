package com.example.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Date;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

public class JwtAuthenticator {
    private final Key signingKey;
    private final JwtParser jwtParser;
    private final String secret;

    public JwtAuthenticator(String secret) {
        this.secret = secret;
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.jwtParser = Jwts.parserBuilder().setSigningKey(signingKey).build();
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    }

    public String username(HttpServletRequest request) {
        // ruleid: java-jwt-signature-not-verified
        Claims claims = (Claims) Jwts.parser().setSigningKey(signingKey).parse(bearer(request)).getBody();
        return claims.getSubject();
    }

    public Claims claimsOf(String token) {
        // ruleid: java-jwt-signature-not-verified
        Jwt<?, ?> jwt = jwtParser.parse(token);
        return (Claims) jwt.getBody();
    }

    public String role(String token) {
        // ruleid: java-jwt-signature-not-verified
        Jwt<?, Claims> jwt = Jwts.parserBuilder().setSigningKey(signingKey).build().parseClaimsJwt(token);
        return jwt.getBody().get("role", String.class);
    }

    public String auth0User(HttpServletRequest request) {
        String token = bearer(request);
        // ruleid: java-jwt-signature-not-verified
        DecodedJWT decoded = JWT.decode(token);
        return decoded.getSubject();
    }

    public boolean isAdmin(String token) {
        // ruleid: java-jwt-signature-not-verified
        List<String> roles = JWT.decode(token).getClaim("roles").asList(String.class);
        return roles != null && roles.contains("ADMIN");
    }

    // Safe look-alikes.

    public String verifiedUsername(HttpServletRequest request) {
        // ok: java-jwt-signature-not-verified
        Jws<Claims> jws = Jwts.parserBuilder().setSigningKey(signingKey).build().parseClaimsJws(bearer(request));
        return jws.getBody().getSubject();
    }

    public Claims verifiedClaims(String token) {
        // ok: java-jwt-signature-not-verified
        return jwtParser.parseClaimsJws(token).getBody();
    }

    public String auth0Verified(String token) {
        JWTVerifier verifier = JWT.require(Algorithm.HMAC256(secret)).withIssuer("example").build();
        // ok: java-jwt-signature-not-verified
        DecodedJWT decoded = verifier.verify(token);
        return decoded.getSubject();
    }

    public String keyIdThenVerify(String token) {
        // ok: java-jwt-signature-not-verified
        String kid = JWT.decode(token).getKeyId();
        Algorithm algorithm = Algorithm.HMAC256(secret + kid);
        return JWT.require(algorithm).build().verify(token).getSubject();
    }

    public Date parseDate(java.text.DateFormat format, String value) throws java.text.ParseException {
        // ok: java-jwt-signature-not-verified
        return format.parse(value);
    }

    public String issue(String user) {
        // ok: java-jwt-signature-not-verified
        return Jwts.builder().setSubject(user).signWith(signingKey).compact();
    }
}
