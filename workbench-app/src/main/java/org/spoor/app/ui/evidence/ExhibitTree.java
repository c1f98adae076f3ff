package org.spoor.app.ui.evidence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.control.TreeItem;

import org.spoor.app.ui.common.Tasks;
import org.spoor.exhibit.Exhibit;

/**
 * The exhibits tree: seized originals at the top, a page at a time, and inside each the items found in it
 * (archive entries, attachments, embedded images), read only when a node is opened.
 */
public final class ExhibitTree {

    public static final int ORIGINALS_PER_PAGE = 500;

    private final ExhibitSource source;
    private final Tasks tasks;
    private final TreeItem<TreeEntry> root = new TreeItem<>();
    private int generation;

    public ExhibitTree(ExhibitSource source, Tasks tasks) {
        this.source = source;
        this.tasks = tasks;
        root.setExpanded(true);
    }

    /** The invisible root; its children are the seized originals. */
    public TreeItem<TreeEntry> root() {
        return root;
    }

    /** Reads the first page of originals again (after an import). */
    public void reload() {
        generation++;
        root.getChildren().clear();
        loadOriginals(0, null);
    }

    /** Replaces the "more" node with the next page of originals. */
    public void showMore(TreeItem<TreeEntry> moreNode) {
        if (moreNode.getValue() == null || !moreNode.getValue().isMore() || moreNode.getParent() != root) {
            return;
        }
        loadOriginals(root.getChildren().size() - 1, moreNode);
    }

    private void loadOriginals(int offset, TreeItem<TreeEntry> moreNode) {
        int asked = generation;
        tasks.background(() -> {
            List<TreeEntry> page = entries(source.topLevel(offset, ORIGINALS_PER_PAGE));
            int remaining = source.topLevelCount() - offset - page.size();
            return remaining > 0 ? append(page, TreeEntry.moreOf(remaining)) : page;
        }).onSuccess(page -> {
            if (asked != generation) {
                return;
            }
            if (moreNode != null) {
                root.getChildren().remove(moreNode);
            }
            root.getChildren().addAll(page.stream().map(this::node).collect(Collectors.toList()));
        }).start();
    }

    private List<TreeEntry> entries(List<Exhibit> exhibits) {
        Set<Long> holders = source.withChildren(exhibits.stream().map(Exhibit::id).collect(Collectors.toList()));
        return exhibits.stream().map(e -> TreeEntry.of(e, holders.contains(e.id()))).collect(Collectors.toList());
    }

    private static List<TreeEntry> append(List<TreeEntry> page, TreeEntry last) {
        List<TreeEntry> all = new java.util.ArrayList<>(page);
        all.add(last);
        return all;
    }

    private TreeItem<TreeEntry> node(TreeEntry entry) {
        return new LazyNode(entry);
    }

    /** A node that reads the items inside its exhibit the first time it is opened. */
    private final class LazyNode extends TreeItem<TreeEntry> {
        private boolean requested;

        LazyNode(TreeEntry entry) {
            super(entry);
            expandedProperty().addListener((o, was, now) -> {
                if (now && !requested) {
                    requested = true;
                    loadChildren();
                }
            });
        }

        @Override
        public boolean isLeaf() {
            return !getValue().hasChildren();
        }

        private void loadChildren() {
            long parentId = getValue().exhibit().id();
            tasks.background(() -> entries(source.children(parentId)))
                    .onSuccess(children -> getChildren().setAll(
                            children.stream().map(ExhibitTree.this::node).collect(Collectors.toList())))
                    .start();
        }
    }
}
