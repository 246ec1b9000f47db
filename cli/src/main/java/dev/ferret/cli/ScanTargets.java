package dev.ferret.cli;

import dev.ferret.core.source.LocalFileRef;
import dev.ferret.core.source.LocalFolderWalker;
import dev.ferret.core.source.ObjectRef;
import dev.ferret.core.source.StreamRef;
import dev.ferret.s3.S3Location;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The objects named on the command line, in the order given: a file is one object (its folder is the bucket), a folder
 * is walked lazily in sorted order (the folder is the bucket), {@code -} is standard input, {@code s3://BUCKET[/PREFIX]}
 * is listed lazily in key order. The scan's own output
 * files are left out, so writing them into a scanned folder does not scan them half-written.
 */
final class ScanTargets implements Iterator<ObjectRef>, AutoCloseable {

    static final String STDIN = "-";

    private final Iterator<String> paths;
    private final InputStream stdin;
    private final String stdinName;
    private final Set<Path> excluded;
    private final S3Targets s3;
    private Iterator<? extends ObjectRef> current = Collections.emptyIterator();
    private ObjectRef next;

    private ScanTargets(List<String> paths, InputStream stdin, String stdinName, Set<Path> excluded, S3Targets s3) {
        this.paths = paths.iterator();
        this.s3 = s3;
        this.stdin = stdin;
        this.stdinName = stdinName;
        this.excluded = excluded;
    }

    /** Checks every path up front, so a typo stops the run before anything is scanned. */
    static ScanTargets of(List<String> paths, InputStream stdin, String stdinName, Set<Path> excluded, S3Targets s3) {
        if (paths.stream().filter(STDIN::equals).count() > 1) {
            throw new UserError("'-' (standard input) can be named only once");
        }
        for (String p : paths) {
            if (!p.equals(STDIN) && !S3Location.isS3(p)) {
                Path path = Path.of(p);
                if (!Files.exists(path)) {
                    throw new UserError("no such file or folder: " + p + " (check the path)");
                }
                if (!Files.isReadable(path)) {
                    throw new UserError("cannot read " + p + " (check its permissions)");
                }
            }
        }
        return new ScanTargets(paths, stdin, stdinName, excluded.stream().map(ScanTargets::absolute).collect(Collectors.toSet()), s3);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            while (!current.hasNext() && paths.hasNext()) {
                current = open(paths.next());
            }
            if (!current.hasNext()) {
                return false;
            }
            ObjectRef ref = current.next();
            if (!(ref instanceof LocalFileRef file && excluded.contains(absolute(file.file())))) {
                next = ref;
            }
        }
        return true;
    }

    @Override
    public ObjectRef next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ObjectRef ref = next;
        next = null;
        return ref;
    }

    /** Closes the S3 client, if an s3:// target opened one. */
    @Override
    public void close() {
        s3.close();
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private Iterator<? extends ObjectRef> open(String p) {
        if (p.equals(STDIN)) {
            return List.of(new StreamRef(stdinName, stdin)).iterator();
        }
        if (S3Location.isS3(p)) {
            return s3.list(p);
        }
        Path path = absolute(Path.of(p));
        if (Files.isDirectory(path)) {
            return new LocalFolderWalker(path);
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path folder = path.getParent() == null ? path.getRoot() : path.getParent();
            return List.of(LocalFileRef.of(folder, path, attributes)).iterator();
        } catch (IOException e) {
            throw new UserError("cannot read " + p + " (" + e.getClass().getSimpleName() + "; check that it still exists)", e);
        }
    }
}
