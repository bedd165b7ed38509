package com.example.xml;

import java.io.File;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.dom4j.io.SAXReader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLReaderFactory;

public class XmlImport {

    public Document readDom(InputStream body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // ruleid: java-xxe
        return builder.parse(body);
    }

    public Document oneLiner(File file) throws Exception {
        // ruleid: java-xxe
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file);
    }

    public void readSax(InputStream in, DefaultHandler handler) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(true);
        try {
            SAXParser parser = factory.newSAXParser();
            // ruleid: java-xxe
            parser.parse(in, handler);
        } finally {
            in.close();
        }
    }

    public void readWithReader(String[] files) throws Exception {
        XMLReader reader = XMLReaderFactory.createXMLReader();
        for (String name : files) {
            // ruleid: java-xxe
            reader.parse(new InputSource(name));
        }
    }

    public XMLStreamReader readStax(InputStream body) throws Exception {
        XMLInputFactory inputFactory = XMLInputFactory.newFactory();
        // ruleid: java-xxe
        return inputFactory.createXMLStreamReader(body);
    }

    public org.dom4j.Document readDom4j(InputStream in) throws Exception {
        SAXReader reader = new SAXReader();
        // ruleid: java-xxe
        return reader.read(in);
    }

    public String applyStylesheet(InputStream xslt, InputStream xml) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        // ruleid: java-xxe
        Transformer transformer = tf.newTransformer(new StreamSource(xslt));
        StringWriter out = new StringWriter();
        // ruleid: java-xxe
        transformer.transform(new StreamSource(xml), new StreamResult(out));
        return out.toString();
    }

    public Document hardenedDom(InputStream body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        // ok: java-xxe
        return factory.newDocumentBuilder().parse(body);
    }

    public void hardenedSax(InputStream in, DefaultHandler handler) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // ok: java-xxe
        factory.newSAXParser().parse(in, handler);
    }

    public XMLStreamReader hardenedStax(InputStream body) throws Exception {
        XMLInputFactory inputFactory = XMLInputFactory.newInstance();
        inputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        // ok: java-xxe
        return inputFactory.createXMLStreamReader(body);
    }

    public String serialize(Document doc) throws Exception {
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer transformer = tf.newTransformer();
        StringWriter out = new StringWriter();
        // ok: java-xxe
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }

    public int parseNumbers(String text) {
        // ok: java-xxe
        return Integer.parseInt(text.trim());
    }

    public java.time.LocalDate dates(String text) {
        // ok: java-xxe
        return java.time.LocalDate.parse(text);
    }
}
