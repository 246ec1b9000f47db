package dev.ferret.core.match;

import com.gliwka.hyperscan.jni.hs_database_t;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.gliwka.hyperscan.jni.hyperscan.HS_SUCCESS;
import static com.gliwka.hyperscan.jni.hyperscan.hs_deserialize_database;
import static com.gliwka.hyperscan.jni.hyperscan.hs_serialize_database;

/**
 * Keeps compiled Hyperscan databases on disk, keyed by a hash of the translated patterns: compiling a large catalogue
 * takes seconds, loading it takes milliseconds. With the database goes the plan that produced it (which patterns report
 * start offsets, which only gate RE2/J, which Hyperscan rejected), so a cache hit rebuilds exactly the same engine.
 *
 * <p>The folder is {@code -Dferret.cache.dir}, else {@code $XDG_CACHE_HOME/ferret}, else {@code ~/.cache/ferret}
 * (subfolder {@code hyperscan}); {@code -Dferret.cache.dir=none} turns the cache off. A file that is unreadable, from
 * another Hyperscan build or CPU, or corrupt is ignored and rewritten.
 */
final class HyperscanDatabaseCache {

    private static final Logger LOG = LoggerFactory.getLogger(HyperscanDatabaseCache.class);
    private static final int FORMAT = 1;

    /** What the compile decided per pattern, in pattern order: H (start offsets), G (gate), R (RE2/J only). */
    record Entry(String plan, hs_database_t database) {
    }

    private final Path folder;

    private HyperscanDatabaseCache(Path folder) {
        this.folder = folder;
    }

    /** A cache in {@code folder}; {@code null} caches nothing. */
    static HyperscanDatabaseCache in(Path folder) {
        return new HyperscanDatabaseCache(folder);
    }

    static HyperscanDatabaseCache standard() {
        return new HyperscanDatabaseCache(folder(System.getProperty("ferret.cache.dir"), System.getenv(), System.getProperty("user.home")));
    }

    static Path folder(String property, Map<String, String> env, String home) {
        if ("none".equals(property)) {
            return null;
        }
        if (property != null && !property.isBlank()) {
            return Path.of(property, "hyperscan");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ferret", "hyperscan");
        }
        return home == null ? null : Path.of(home, ".cache", "ferret", "hyperscan");
    }

    /** The cache key of a list of translations (expression, flags and support, in order). */
    static String key(List<HyperscanDialect.Translation> translations) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("ferret-hyperscan-cache " + FORMAT + " " + HyperscanLibrary.version() + "\n").getBytes(StandardCharsets.UTF_8));
            for (HyperscanDialect.Translation t : translations) {
                sha.update((t.expression() + "\u0000" + t.flags() + "\u0000" + t.supported() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Optional<Entry> load(String key) {
        Path file = file(key);
        if (file == null || !Files.isReadable(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String plan = in.readUTF();
            byte[] bytes = in.readAllBytes();
            try (BytePointer serialized = new BytePointer(bytes.length);
                 PointerPointer<hs_database_t> out = new PointerPointer<>(1)) {
                serialized.put(bytes);
                if (hs_deserialize_database(serialized, bytes.length, out) != HS_SUCCESS) {
                    LOG.debug("cached Hyperscan database {} does not load here; compiling", file);
                    return Optional.empty();
                }
                return Optional.of(new Entry(plan, out.get(hs_database_t.class)));
            }
        } catch (IOException e) {
            LOG.debug("cannot read cached Hyperscan database {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    void store(String key, String plan, hs_database_t database) {
        Path file = file(key);
        if (file == null || database == null) {
            return;
        }
        try (PointerPointer<BytePointer> bytesOut = new PointerPointer<>(1); SizeTPointer length = new SizeTPointer(1)) {
            if (hs_serialize_database(database, bytesOut, length) != HS_SUCCESS) {
                return;
            }
            BytePointer serialized = bytesOut.get(BytePointer.class);
            byte[] bytes = new byte[(int) length.get()];
            serialized.capacity(bytes.length).get(bytes);
            Pointer.free(serialized); // allocated by Hyperscan with malloc
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), key, ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp); DataOutputStream out = new DataOutputStream(raw)) {
                out.writeInt(FORMAT);
                out.writeUTF(plan);
                out.write(bytes);
            }
            move(temp, file);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot cache the Hyperscan database in {}: {}", file.getParent(), e.toString());
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(String key) {
        return folder == null ? null : folder.resolve(key + ".hsdb");
    }
}
