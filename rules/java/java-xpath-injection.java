package com.example.xml;

import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

public class UserStore {
    private static final String ALL_USERS = "/users/user";
    private final Document config;

    public UserStore(Document config) {
        this.config = config;
    }

    public boolean login(String user, String password) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-injection
        String expr = (String) xpath.evaluate("/users/user[@name='" + user + "' and @pass='" + password + "']/@id", config, XPathConstants.STRING);
        return !expr.isEmpty();
    }

    public Node property(String group, String name) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-injection
        XPathExpression xpr = xpath.compile("//propertyGroup[@name='" + group
            + "']/property[@name='" + name + "']/text()");
        return (Node) xpr.evaluate(config, XPathConstants.NODE);
    }

    public Object assertion(String assertionInfo) throws Exception {
        // ruleid: java-xpath-injection
        return XPathFactory.newInstance().newXPath().evaluate(assertionInfo, config);
    }

    public Object dom4j(org.dom4j.Document doc, String id) {
        // ruleid: java-xpath-injection
        return doc.selectNodes("//order[@id='" + id + "']");
    }

    // Tainted (reported at high confidence, with the path from the request):
    public boolean webLogin(javax.servlet.http.HttpServletRequest request) throws Exception {
        String user = request.getParameter("user");
        String filter = String.format("[@name='%s']", user);
        String expression = ALL_USERS + filter + "/@id";
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-injection
        return !xpath.evaluate(expression, config).isEmpty();
    }

    public Object byIndex(javax.servlet.http.HttpServletRequest request) throws Exception {
        int index = Integer.parseInt(request.getParameter("i"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java-xpath-injection (a number: reported at the rule's confidence, not tainted)
        return xpath.evaluate(ALL_USERS + "[" + index + "]", config, XPathConstants.NODE);
    }

    public Node safeLookup(String user) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(v -> v.equals(new QName("name")) ? user : null);
        // ok: java-xpath-injection
        return (Node) xpath.evaluate("/users/user[@name=$name]", config, XPathConstants.NODE);
    }

    public Object constant() throws Exception {
        XPath xPath = XPathFactory.newInstance().newXPath();
        // ok: java-xpath-injection
        return xPath.compile(ALL_USERS).evaluate(config, XPathConstants.NODESET);
    }

    public Object regex(String input) {
        // ok: java-xpath-injection
        return java.util.regex.Pattern.compile(input);
    }

    public Object dom4jConstant(org.dom4j.Document doc) {
        // ok: java-xpath-injection
        return doc.selectNodes("//order[@status='open']");
    }
}
