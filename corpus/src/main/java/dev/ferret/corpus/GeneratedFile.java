package dev.ferret.corpus;

import java.util.List;

/** A generated document: its path in the corpus (or its name inside an archive), its bytes, and its labels. */
record GeneratedFile(String path, byte[] content, List<Label> labels) {

    GeneratedFile {
        labels = List.copyOf(labels);
    }

    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
