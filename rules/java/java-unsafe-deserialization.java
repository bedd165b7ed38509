package com.example.cache;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.thoughtworks.xstream.XStream;
import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.net.Socket;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class SessionStore {

    public Object fromBytes(byte[] bytes) throws IOException, ClassNotFoundException {
        // ruleid: java-unsafe-deserialization
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    public Object fromSocket(Socket socket) throws Exception {
        ObjectInputStream input;
        if (socket.isConnected()) {
            // ruleid: java-unsafe-deserialization
            input = new ObjectInputStream(socket.getInputStream());
            return input.readObject();
        }
        return null;
    }

    public Object fromFile(String path) throws Exception {
        // ruleid: java-unsafe-deserialization
        XMLDecoder decoder = new XMLDecoder(new FileInputStream(path));
        return decoder.readObject();
    }

    public Object fromXml(String xml) {
        XStream xstream = new XStream();
        // ruleid: java-unsafe-deserialization
        return xstream.fromXML(xml);
    }

    public Object fromYaml(String text) {
        // ruleid: java-unsafe-deserialization
        Yaml yaml = new Yaml();
        return yaml.load(text);
    }

    public ObjectMapper legacyMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: java-unsafe-deserialization
        mapper.enableDefaultTyping();
        return mapper;
    }

    public ObjectMapper laxMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: java-unsafe-deserialization
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper;
    }

    public static class Envelope {
        // ruleid: java-unsafe-deserialization
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
        public Object payload;
    }

    // Tainted (reported at high confidence, with the path from the source):
    public Object fromRequest(javax.servlet.http.HttpServletRequest request) throws Exception {
        InputStream body = request.getInputStream();
        // ruleid: java-unsafe-deserialization
        ObjectInputStream in = new ObjectInputStream(new java.io.BufferedInputStream(body));
        return in.readObject();
    }

    public Object xmlParameter(javax.servlet.http.HttpServletRequest request) {
        String xml = request.getParameter("state");
        XStream xstream = new XStream();
        // ruleid: java-unsafe-deserialization
        return xstream.fromXML(xml.trim());
    }

    public Object filtered(InputStream stream) throws Exception {
        // ok: java-unsafe-deserialization
        ObjectInputStream in = new ObjectInputStream(stream);
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;java.base/*;!*"));
        return in.readObject();
    }

    public Object subclass(InputStream stream) throws Exception {
        // ok: java-unsafe-deserialization
        ObjectInputStream in = new ObjectInputStream(stream) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                if (!desc.getName().startsWith("com.example.dto.")) {
                    throw new java.io.InvalidClassException(desc.getName());
                }
                return super.resolveClass(desc);
            }
        };
        return in.readObject();
    }

    public Object allowListed(String xml) {
        XStream xstream = new XStream();
        xstream.allowTypes(new Class[] {Envelope.class});
        // ok: java-unsafe-deserialization
        return xstream.fromXML(xml);
    }

    public Object safeYaml(String text) {
        // ok: java-unsafe-deserialization
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(text);
    }

    public ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // ok: java-unsafe-deserialization
        mapper.activateDefaultTyping(
            BasicPolymorphicTypeValidator.builder().allowIfSubType("com.example.dto.").build(),
            ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper;
    }

    public static class Shape {
        // ok: java-unsafe-deserialization
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
        public Object kind;
    }
}
