package nl.vico.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vico render}, {@code vico export} and {@code vico report} wired end to end on the example. */
class PicturesAndExportsCommandsTest {
    @TempDir
    Path tmp;

    private final String kanaalwijk = Cli.example("kanaalwijk").toString();

    @Test
    void render_png_decodesAtTheAskedSize() throws IOException {
        Path png = tmp.resolve("map.png");
        Cli run = Cli.run("render", kanaalwijk, "--out", png.toString(), "--width", "800", "--height", "600");
        assertThat(run.exit()).as(run.err()).isZero();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void render_consortiumSvg_isXmlAndNamesNoResident() throws Exception {
        Path svg = tmp.resolve("c.svg");
        Cli run = Cli.run("render", kanaalwijk, "--consortium", "kade_beheer", "--out", svg.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        // r01 is "Anouk V." in examples/kanaalwijk/actors.csv: a private person, pseudonymised by default
        assertThat(Files.readString(svg)).doesNotContain("Anouk V.");
    }

    @Test
    void render_unknownConsortiumOrExtension_isBadInputAndWritesNothing() {
        Path png = tmp.resolve("x.png");
        Cli wrongId = Cli.run("render", kanaalwijk, "--consortium", "kade_behee", "--out", png.toString());
        assertThat(wrongId.exit()).isEqualTo(2);
        assertThat(wrongId.err()).contains("did you mean kade_beheer");
        Cli wrongExt = Cli.run("render", kanaalwijk, "--out", tmp.resolve("x.jpg").toString());
        assertThat(wrongExt.exit()).isEqualTo(2);
        assertThat(png).doesNotExist();
    }

    @Test
    void export_gexfGraphmlCsv_byExtension() throws Exception {
        for (String name : new String[] {"n.gexf", "n.graphml"}) {
            Path file = tmp.resolve(name);
            Cli run = Cli.run("export", kanaalwijk, "--out", file.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            // examples/kanaalwijk/actors.csv has 113 actors
            assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(113);
        }
        Path csv = tmp.resolve("n.csv");
        assertThat(Cli.run("export", kanaalwijk, "--out", csv.toString()).exit()).isZero();
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(114); // header + 113 actors
        Path json = tmp.resolve("n.json");
        assertThat(Cli.run("export", kanaalwijk, "--out", json.toString()).exit()).isZero();
        assertThat(Files.readString(json)).contains("\"network\"");
        assertThat(Cli.run("export", kanaalwijk, "--out", tmp.resolve("n.xyz").toString()).exit()).isEqualTo(2);
    }

    @Test
    void report_dutchDataDefaultsToDutch_englishOnRequest() throws IOException {
        Path nl = tmp.resolve("nl.html");
        Path en = tmp.resolve("en.html");
        String molenhoek = Cli.example("molenhoek").toString(); // written with the Dutch codes (gemeente, bewoner, …)
        assertThat(Cli.run("report", molenhoek, "--out", nl.toString()).exit()).isZero();
        assertThat(Cli.run("report", molenhoek, "--lang", "en", "--out", en.toString()).exit()).isZero();
        assertThat(Files.readString(nl)).contains("lang=\"nl\"");
        assertThat(Files.readString(en)).contains("lang=\"en\"");
        assertThat(Cli.run("report", molenhoek, "--lang", "fr", "--out", en.toString()).exit()).isEqualTo(2);
    }
}
