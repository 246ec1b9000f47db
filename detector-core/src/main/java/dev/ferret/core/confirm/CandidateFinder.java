package dev.ferret.core.confirm;

import dev.ferret.core.extract.TextSegment;
import dev.ferret.core.match.PatternScanner;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The matcher stage of detection: a segment's candidates (pattern hits of identifier regexes, by identifier index)
 * and keyword hits, both sorted by start. The first pass finds the keywords, the ungated identifiers' candidates and
 * whether each prefiltered identifier matches at all; then each gated group armed by a keyword in the text or in a
 * context name, or by its presence check, is scanned ({@link IdentifierSet}). What
 * to make of the candidates is the confirmer's job ({@link SegmentDetector}). One per thread; not thread-safe.
 */
public final class CandidateFinder implements AutoCloseable {

    /** Field names repeat on every row; their keyword look-ups are cached, up to this many names. */
    private static final int NAME_CACHE_LIMIT = 4096;

    private final IdentifierSet set;
    private final PatternScanner firstPass;
    /** Per gated group: this thread's scanner of the group's pattern set, made on first use. */
    private final PatternScanner[] groupScanners;
    private final Map<String, BitSet> identifiersNamedBy = new HashMap<>();
    private final BitSet armed = new BitSet();
    private final BitSet keywordArmed = new BitSet();
    private final BitSet armedGroups = new BitSet();
    /** The identifiers of the armed groups, all scanned with their full regex. */
    private final BitSet scanned = new BitSet();
    final Hits candidates = new Hits();
    final Hits keywords = new Hits();

    CandidateFinder(IdentifierSet set, PatternScanner firstPass) {
        this.set = set;
        this.firstPass = firstPass;
        this.groupScanners = new PatternScanner[set.gatedGroupCount()];
    }

    /** Finds the segment's candidates and keywords; returns the number of candidates. */
    public int find(TextSegment segment) {
        candidates.clear();
        keywords.clear();
        armed.clear();
        firstPass.scan(segment.text(), (id, start, end) -> {
            if (set.isKeyword(id)) {
                keywords.add(id, start, end);
            } else if (set.isPresenceCheck(id)) {
                armed.set(set.presenceOwner(id));
            } else {
                candidates.add(id, start, end);
            }
        });
        scanArmedGroups(segment);
        candidates.sortByStartThenId();
        keywords.sortByStartThenId();
        return candidates.size;
    }

    private void scanArmedGroups(TextSegment segment) {
        if (set.gatedIdentifiers().isEmpty()) {
            return;
        }
        keywordArmed.clear();
        for (int k = 0; k < keywords.size; k++) {
            keywordArmed.or(set.keywordOwners(keywords.id[k]));
        }
        for (String name : segment.locator().allContextNames()) {
            keywordArmed.or(identifiersNamedBy(name));
        }
        keywordArmed.and(set.keywordGated());
        armed.or(keywordArmed); // the presence checks armed the prefiltered ones
        armedGroups.clear();
        scanned.clear();
        for (int i = armed.nextSetBit(0); i >= 0; i = armed.nextSetBit(i + 1)) {
            int g = set.groupOf(i);
            if (!armedGroups.get(g)) {
                armedGroups.set(g);
                scanned.or(set.groupMembers(g));
            }
        }
        if (scanned.intersects(set.splitIdentifiers())) {
            candidates.removeIf(scanned); // the full regex's candidates replace those of regexWithoutKeyword
        }
        for (int g = armedGroups.nextSetBit(0); g >= 0; g = armedGroups.nextSetBit(g + 1)) {
            if (groupScanners[g] == null) {
                groupScanners[g] = set.newGroupScanner(g);
            }
            groupScanners[g].scan(segment.text(), candidates::add);
        }
    }

    /** The identifiers that a context name (column, JSON path element) holds a keyword of. */
    BitSet identifiersNamedBy(String name) {
        BitSet cached = identifiersNamedBy.get(name);
        if (cached != null) {
            return cached;
        }
        BitSet owners = new BitSet();
        // the name as written too: the word form turns the '.' of keywords such as "hic no." and "N.I.T." into a
        // space; a line break keeps a keyword from running across the two forms
        firstPass.scan(name + "\n" + KeywordPattern.nameAsWords(name), (id, s, e) -> {
            if (set.isKeyword(id)) {
                owners.or(set.keywordOwners(id));
            }
        });
        if (identifiersNamedBy.size() >= NAME_CACHE_LIMIT) {
            identifiersNamedBy.clear();
        }
        identifiersNamedBy.put(name, owners);
        return owners;
    }

    @Override
    public void close() {
        firstPass.close();
        for (PatternScanner scanner : groupScanners) {
            if (scanner != null) {
                scanner.close();
            }
        }
    }
}
