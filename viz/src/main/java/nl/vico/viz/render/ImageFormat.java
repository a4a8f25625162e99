package nl.vico.viz.render;

import java.nio.file.Path;
import java.util.Locale;

/** The picture formats {@link NetworkRenderer} writes, chosen by file extension. */
public enum ImageFormat {
    PNG,
    SVG;

    /** The format a file name ends in ({@code .png} or {@code .svg}, any case). */
    public static ImageFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return PNG;
        }
        if (name.endsWith(".svg")) {
            return SVG;
        }
        throw new IllegalArgumentException("cannot tell the picture format of " + file
                + " — give a file name ending in .png or .svg");
    }
}
