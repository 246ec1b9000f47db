package dev.ferret.corpus;

/**
 * One planted sensitive value: which identifier must find it, in which archive member ({@code ""} for the file
 * itself), and where; {@code location} is null for formats whose locations cannot be computed reliably.
 */
record Label(String member, String identifier, TruthLocation location) {

    Label inMember(String parent) {
        return new Label(member.isEmpty() ? parent : parent + "/" + member, identifier, location);
    }
}
