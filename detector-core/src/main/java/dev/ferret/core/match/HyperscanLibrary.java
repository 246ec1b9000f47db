package dev.ferret.core.match;

import org.bytedeco.javacpp.Loader;

/** Loads Hyperscan's native library once and remembers whether that worked (x86_64 Linux, macOS and Windows only). */
final class HyperscanLibrary {

    private static final Throwable LOAD_FAILURE = load();

    private HyperscanLibrary() {
    }

    private static Throwable load() {
        try {
            Loader.load(com.gliwka.hyperscan.jni.hyperscan.class);
            return null;
        } catch (Throwable t) { // UnsatisfiedLinkError, NoClassDefFoundError, ExceptionInInitializerError, ...
            return t;
        }
    }

    static boolean available() {
        return LOAD_FAILURE == null;
    }

    /** Hyperscan's version string, e.g. "5.4.0 2021-01-26"; part of the compiled-database cache key. */
    static String version() {
        return com.gliwka.hyperscan.jni.hyperscan.hs_version().getString();
    }

    /** Why the library is not available, for the one log line or exception that says so. */
    static String failure() {
        return LOAD_FAILURE == null ? null
                : "Hyperscan native library not available on " + System.getProperty("os.name") + "/"
                + System.getProperty("os.arch") + ": " + LOAD_FAILURE;
    }
}
