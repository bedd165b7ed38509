package com.example.directory;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.List;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;
import org.owasp.encoder.Encode;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.filter.AndFilter;
import org.springframework.ldap.filter.EqualsFilter;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DirectoryController {
    private static final String BASE = "ou=people,dc=example,dc=com";
    private final DirContext ctx;
    private final LdapTemplate ldapTemplate;
    private final LDAPConnection connection;

    public DirectoryController(DirContext ctx, LdapTemplate ldapTemplate, LDAPConnection connection) {
        this.ctx = ctx;
        this.ldapTemplate = ldapTemplate;
        this.connection = connection;
    }

    private SearchControls subtree() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        return controls;
    }

    public boolean userExists(HttpServletRequest request) throws NamingException {
        String user = request.getParameter("user");
        // ruleid: java-ldap-injection
        NamingEnumeration<SearchResult> results = ctx.search(BASE, "(uid=" + user + ")", subtree());
        return results.hasMore();
    }

    public boolean login(HttpServletRequest request) throws NamingException {
        String filter = "(&(uid=" + request.getParameter("username") + ")(userPassword="
            + request.getParameter("password") + "))";
        // ruleid: java-ldap-injection
        return ctx.search(BASE, filter, subtree()).hasMore();
    }

    @GetMapping("/people")
    public List<String> people(@RequestParam String name) {
        // ruleid: java-ldap-injection
        return ldapTemplate.search("ou=people", "(cn=" + name + ")",
            (AttributesMapper<String>) attrs -> (String) attrs.get("mail").get());
    }

    @GetMapping("/groups")
    public List<String> groups(@RequestParam("ou") String unit) {
        String filter = String.format("(&(objectClass=groupOfNames)(ou=%s))", unit);
        // ruleid: java-ldap-injection
        return ldapTemplate.search(BASE, filter, (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }

    public boolean authenticate(HttpServletRequest request) {
        String uid = request.getHeader("X-User");
        // ruleid: java-ldap-injection
        return ldapTemplate.authenticate(BASE, "(uid=" + uid + ")", request.getHeader("X-Password"));
    }

    public int memberCount(HttpServletRequest request) throws Exception {
        String dept = request.getParameter("dept");
        // ruleid: java-ldap-injection
        SearchResult result = connection.search(BASE, SearchScope.SUB, "(departmentNumber=" + dept + ")", "cn");
        return result.getEntryCount();
    }

    public Filter unboundFilter(HttpServletRequest request) throws Exception {
        // ruleid: java-ldap-injection
        return Filter.create("(mail=" + request.getParameter("mail") + ")");
    }

    public NamingEnumeration<SearchResult> byDepartment(HttpServletRequest request) throws NamingException {
        String dn = "ou=" + request.getParameter("ou") + ",dc=example,dc=com";
        // ruleid: java-ldap-injection
        return ctx.search(dn, "(objectClass=person)", subtree());
    }

    // Safe look-alikes.

    public boolean userExistsArgs(HttpServletRequest request) throws NamingException {
        String user = request.getParameter("user");
        // ok: java-ldap-injection
        return ctx.search(BASE, "(uid={0})", new Object[] {user}, subtree()).hasMore();
    }

    @GetMapping("/people/encoded")
    public List<String> peopleEncoded(@RequestParam String name) {
        // ok: java-ldap-injection
        return ldapTemplate.search(BASE, "(cn=" + LdapEncoder.filterEncode(name) + ")",
            (AttributesMapper<String>) attrs -> (String) attrs.get("mail").get());
    }

    public boolean owaspEncoded(HttpServletRequest request) throws NamingException {
        String user = Encode.forLDAP(request.getParameter("user"));
        // ok: java-ldap-injection
        return ctx.search(BASE, "(uid=" + user + ")", subtree()).hasMore();
    }

    @GetMapping("/people/filter")
    public List<String> peopleFilter(@RequestParam String name) {
        AndFilter filter = new AndFilter();
        filter.and(new EqualsFilter("objectClass", "person")).and(new EqualsFilter("cn", name));
        // ok: java-ldap-injection
        return ldapTemplate.search(BASE, filter.encode(), (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }

    public int memberCountSafe(HttpServletRequest request) throws Exception {
        Filter filter = Filter.createEqualityFilter("departmentNumber", request.getParameter("dept"));
        // ok: java-ldap-injection
        return connection.search(BASE, SearchScope.SUB, filter, "cn").getEntryCount();
    }

    public boolean fixedSearch() throws NamingException {
        // ok: java-ldap-injection
        return ctx.search(BASE, "(objectClass=organizationalUnit)", subtree()).hasMore();
    }

    public List<String> activeOnly(HttpServletRequest request, List<String> names) {
        String prefix = request.getParameter("prefix");
        // ok: java-ldap-injection
        return names.stream().filter(n -> n.startsWith(prefix)).toList();
    }
}
