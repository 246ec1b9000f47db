package dev.ferret.core.source;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Lists the regular files under a folder lazily, depth first, each folder's entries in sorted name order, so that
 * scans of the same tree always visit files in the same order. Only the entries of the folders on the current path
 * are held in memory, never the whole tree. Symbolic links are not followed (no cycles, no escaping the folder);
 * a folder that cannot be read is logged by path and skipped.
 */
public final class LocalFolderWalker implements Iterator<LocalFileRef> {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFolderWalker.class);

    private final Path root;
    /** Per open folder, the entries not yet visited, in reverse sorted order so the next is at the end. */
    private final Deque<List<Path>> pending = new ArrayDeque<>();
    private LocalFileRef next;

    public LocalFolderWalker(Path root) {
        this.root = root;
        pending.push(sortedEntries(root));
    }

    @Override
    public boolean hasNext() {
        while (next == null && !pending.isEmpty()) {
            List<Path> entries = pending.peek();
            if (entries.isEmpty()) {
                pending.pop();
                continue;
            }
            Path path = entries.remove(entries.size() - 1);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                LOG.warn("skipping {}: cannot read its attributes ({})", path, e.getClass().getSimpleName());
                continue;
            }
            if (attributes.isDirectory()) {
                pending.push(sortedEntries(path));
            } else if (attributes.isRegularFile()) {
                next = LocalFileRef.of(root, path, attributes);
            }
        }
        return next != null;
    }

    @Override
    public LocalFileRef next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LocalFileRef ref = next;
        next = null;
        return ref;
    }

    private static List<Path> sortedEntries(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("skipping folder {}: cannot list it ({})", folder, e.getClass().getSimpleName());
            return new ArrayList<>();
        }
        // compare names as strings so the order is the same on every file system
        entries.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        return entries;
    }
}
