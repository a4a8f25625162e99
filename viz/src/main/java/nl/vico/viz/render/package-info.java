/**
 * Network maps as PNG and SVG: {@link nl.vico.viz.render.NetworkRenderer} with
 * {@link nl.vico.viz.render.RenderOptions}. A seeded force-directed layout, one scene shared by both formats,
 * GraphStream drawing the network into the PNG, Java2D adding legend, labels, title and caption.
 */
package nl.vico.viz.render;
