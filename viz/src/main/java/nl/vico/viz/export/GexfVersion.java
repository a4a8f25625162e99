package nl.vico.viz.export;

/** The GEXF version written. */
public enum GexfVersion {
    /**
     * GEXF 1.3 ({@code http://gexf.net/1.3}), what Gephi 0.9.3 and later write and read; edges carry a
     * {@code kind}, so parallel ties of different kinds stay apart in Gephi.
     */
    V1_3("1.3", "http://gexf.net/1.3", "http://gexf.net/1.3/viz"),
    /**
     * GEXF 1.2draft ({@code http://www.gexf.net/1.2draft}), for readers that know no later version, such as
     * NetworkX up to at least 3.x ({@code networkx.read_gexf}). No edge {@code kind} attribute (1.2 has
     * none); the tie kind stays available as the edge attribute {@code kind}.
     */
    V1_2DRAFT("1.2", "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz");

    private final String version;
    private final String namespace;
    private final String vizNamespace;

    GexfVersion(String version, String namespace, String vizNamespace) {
        this.version = version;
        this.namespace = namespace;
        this.vizNamespace = vizNamespace;
    }

    /** The value of the root element's {@code version} attribute. */
    public String version() {
        return version;
    }

    public String namespace() {
        return namespace;
    }

    public String vizNamespace() {
        return vizNamespace;
    }

    /** The schema location to announce in {@code xsi:schemaLocation}. */
    public String schemaLocation() {
        return namespace + " " + (this == V1_3 ? "http://gexf.net/1.3/gexf.xsd" : "http://www.gexf.net/1.2draft/gexf.xsd");
    }
}
