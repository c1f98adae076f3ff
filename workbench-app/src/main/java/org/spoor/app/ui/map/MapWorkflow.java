package org.spoor.app.ui.map;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.spoor.app.ui.common.Tasks;
import org.spoor.ingest.located.LocatedItem;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.area.MapArea;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.render.RenderOptions;
import org.spoor.mapping.render.Viewport;

/**
 * The map view's background work: reading the case's located items, painting frames, exporting and
 * importing layers, each as a task on the injected executor. Frames are coalesced: while one is being
 * painted, further requests (a drag sends dozens a second) collapse into one more frame with the latest
 * view, so the picture follows the pointer without a queue of stale frames.
 */
public final class MapWorkflow {

    /** The case's title, its located items and its areas of interest, as read in the background. */
    record Loaded(String title, List<LocatedItem> items, List<MapArea> areas) {
    }

    /** What one frame shows; taken on the FX thread, painted on a background thread. */
    record FrameRequest(MapModel shown, Viewport viewport, MapLayers layers, RenderOptions options) {
    }

    private final MapSource source;
    private final MapResources resources;
    private final MapPainter painter;
    private final Tasks tasks;
    private Supplier<FrameRequest> current = () -> null;
    private Consumer<MapFrame> onFrame = frame -> { };
    private boolean painting;
    private boolean again;

    public MapWorkflow(MapSource source, MapResources resources, Tasks tasks) {
        this.source = source;
        this.resources = resources;
        this.painter = new MapPainter(resources);
        this.tasks = tasks;
    }

    void frames(Supplier<FrameRequest> request, Consumer<MapFrame> show) {
        this.current = request;
        this.onFrame = show;
    }

    void load(Consumer<Loaded> loaded, Consumer<Throwable> failed, Runnable andFinally) {
        tasks.background(() -> {
            painter.prepare();
            return new Loaded(source.title(), source.items(), source.areas());
        }).onSuccess(loaded).onError(failed).andFinally(andFinally).start();
    }

    /** Paints the current view now, or right after the frame being painted. Call on the FX thread. */
    void requestFrame() {
        if (painting) {
            again = true;
            return;
        }
        FrameRequest r = current.get();
        if (r == null) {
            return;
        }
        painting = true;
        try {
            tasks.background(() -> painter.paint(r.shown(), r.viewport(), r.layers(), r.options()))
                    .onSuccess(onFrame)
                    .andFinally(() -> {
                        painting = false;
                        if (again) {
                            again = false;
                            requestFrame();
                        }
                    })
                    .start();
        } catch (RejectedExecutionException closing) {
            // The window is closing and its background threads are stopping: no more frames to draw.
            painting = false;
        }
    }

    void export(MapModel shown, Path out, Consumer<Path> done, Consumer<Throwable> failed) {
        tasks.background(() -> {
            source.export(shown, out);
            return out;
        }).onSuccess(done).onError(failed).start();
    }

    /** Any other slow call on the case (areas, place decisions, hotspots), as a task. */
    <T> void background(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        tasks.background(work).onSuccess(done).onError(failed).start();
    }

    MapSource source() {
        return source;
    }

    MapResources resources() {
        return resources;
    }

    void importLayer(Path file, Consumer<List<FeatureLayer>> done, Consumer<Throwable> failed) {
        tasks.background(() -> source.readLayer(file)).onSuccess(done).onError(failed).start();
    }
}
