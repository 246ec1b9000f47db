package dev.ferret.core.confirm;

import dev.ferret.core.match.CompiledPatterns;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.match.MatchEngines;
import dev.ferret.core.match.PatternCompileException;
import dev.ferret.core.match.PatternScanner;
import dev.ferret.core.match.PatternSpec;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.KeywordRule;
import dev.ferret.identifiers.allow.AllowLists;
import dev.ferret.identifiers.Validator;
import dev.ferret.identifiers.Validators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * The enabled identifiers compiled for scanning, built once and shared by every thread with the job's allow lists.
 *
 * <p>Two kinds of pattern set, because most identifiers (Macie's REQUIRED keyword rule) can only be confirmed with
 * one of their keywords nearby. The <em>first pass</em> holds the candidate regexes of the other identifiers (pattern
 * ids {@code 0..n-1} by identifier index), every distinct keyword (ids from {@code n} on) and the presence checks
 * (after the keywords). The keyword-gated identifiers are grouped by shared keywords, each group in a set of its own,
 * scanned only over segments where the first pass found one of the group's keywords or a context name holds one:
 * elsewhere none of its candidates could be confirmed, and scanning the whole catalogue's regexes everywhere is what
 * made a large catalogue slow. An OPTIONAL identifier with a {@link IdentifierDefinition#regexWithoutKeyword()} is
 * split the same way: the first pass scans that regex, and where its group is scanned, its full regex replaces it. A
 * {@link IdentifierDefinition#prefilter()} identifier is a group of its own, armed by its presence check: the first
 * pass only asks whether its regex matches at all, which Hyperscan answers without the costly start-of-match tracking.
 */
public final class IdentifierSet implements AutoCloseable {

    private final List<IdentifierDefinition> identifiers;
    private final Validator[] validators;
    /** For each keyword pattern (index id - n): which identifiers it serves. */
    private final BitSet[] keywordOwners;
    private final CompiledPatterns firstPass;
    /** The gated groups' pattern sets: identifiers that share a keyword are always armed together. */
    private final CompiledPatterns[] gatedGroups;
    /** Per identifier index: its gated group, or -1. */
    private final int[] groupOf;
    private final BitSet[] groupMembers;
    /** Per presence check (index id - n - keywords): the identifier it arms. */
    private final int[] presenceOwners;
    private final BitSet gatedIdentifiers = new BitSet();
    /** Gated identifiers that their keywords arm (all but the prefiltered ones, which only their presence check arms). */
    private final BitSet keywordGated = new BitSet();
    /** Gated identifiers whose first-pass candidates (from regexWithoutKeyword) give way to the gated ones. */
    private final BitSet splitIdentifiers = new BitSet();
    private final AllowLists allowLists;

    private IdentifierSet(List<IdentifierDefinition> identifiers, Validator[] validators, BitSet[] keywordOwners,
                          CompiledPatterns firstPass, CompiledPatterns[] gatedGroups, int[] groupOf,
                          int[] presenceOwners, AllowLists allowLists) {
        this.identifiers = identifiers;
        this.validators = validators;
        this.keywordOwners = keywordOwners;
        this.firstPass = firstPass;
        this.gatedGroups = gatedGroups;
        this.groupOf = groupOf;
        this.groupMembers = new BitSet[gatedGroups.length];
        Arrays.setAll(groupMembers, g -> new BitSet());
        this.presenceOwners = presenceOwners;
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] >= 0) {
                gatedIdentifiers.set(i);
                groupMembers[groupOf[i]].set(i);
                if (identifiers.get(i).regexWithoutKeyword() != null) {
                    splitIdentifiers.set(i);
                }
                if (!identifiers.get(i).prefilter()) {
                    keywordGated.set(i);
                }
            }
        }
        this.allowLists = allowLists;
    }

    public static IdentifierSet compile(List<IdentifierDefinition> identifiers, EngineChoice engine) {
        return compile(identifiers, AllowLists.NONE, engine);
    }

    /**
     * @throws IllegalArgumentException if a regex is one the engines do not accept, naming the identifier and the construct
     */
    public static IdentifierSet compile(List<IdentifierDefinition> identifiers, AllowLists allowLists, EngineChoice engine) {
        return compile(identifiers, allowLists, engine, true);
    }

    /**
     * Every identifier's full regex in the first pass, nothing gated: the reference that gating must agree with, for
     * tests.
     */
    static IdentifierSet compileUngated(List<IdentifierDefinition> identifiers, EngineChoice engine) {
        return compile(identifiers, AllowLists.NONE, engine, false);
    }

    private static IdentifierSet compile(List<IdentifierDefinition> identifiers, AllowLists allowLists,
                                         EngineChoice engine, boolean gate) {
        List<IdentifierDefinition> defs = List.copyOf(identifiers);
        int n = defs.size();
        List<PatternSpec> firstPass = new ArrayList<>();
        int[] keywordGroup = gate ? keywordGroups(defs) : null;
        // group key: the keyword group, or -1 - index for a prefiltered identifier (a group of its own)
        Map<Integer, List<PatternSpec>> groups = new LinkedHashMap<>();
        List<Integer> prefiltered = new ArrayList<>();
        Validator[] validators = new Validator[n];
        Map<String, BitSet> keywordOwners = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            IdentifierDefinition d = defs.get(i);
            PatternSpec spec = new PatternSpec(i, d.regex(), d.caseInsensitive());
            if (gate && isKeywordGated(d)) {
                groups.computeIfAbsent(keywordGroup[i], g -> new ArrayList<>()).add(spec);
            } else if (gate && d.regexWithoutKeyword() != null) {
                firstPass.add(new PatternSpec(i, d.regexWithoutKeyword(), d.caseInsensitive()));
                groups.computeIfAbsent(keywordGroup[i], g -> new ArrayList<>()).add(spec);
            } else if (gate && d.prefilter()) {
                prefiltered.add(i);
                groups.put(-1 - i, List.of(spec));
            } else {
                firstPass.add(spec);
            }
            validators[i] = Validators.named(d.validator());
            if (d.usesKeywords()) {
                for (String keyword : d.keywords()) {
                    keywordOwners.computeIfAbsent(KeywordPattern.regexFor(keyword), k -> new BitSet()).set(i);
                }
            }
        }
        int k = n;
        for (String regex : keywordOwners.keySet()) {
            firstPass.add(new PatternSpec(k++, regex, true));
        }
        for (int i : prefiltered) {
            firstPass.add(new PatternSpec(k++, defs.get(i).regex(), defs.get(i).caseInsensitive(), true));
        }
        CompiledPatterns[] gatedGroups = new CompiledPatterns[groups.size()];
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        CompiledPatterns compiled = null;
        try {
            int g = 0;
            for (List<PatternSpec> group : groups.values()) {
                gatedGroups[g] = compilePatterns(group, defs, engine);
                for (PatternSpec spec : group) {
                    groupOf[spec.id()] = g;
                }
                g++;
            }
            compiled = compilePatterns(firstPass, defs, engine);
        } finally {
            if (compiled == null) {
                closeAll(gatedGroups);
            }
        }
        return new IdentifierSet(defs, validators, keywordOwners.values().toArray(BitSet[]::new), compiled,
                gatedGroups, groupOf, prefiltered.stream().mapToInt(Integer::intValue).toArray(), allowLists);
    }

    /**
     * Per identifier index, its keyword group: the lowest index of the identifiers it shares a keyword with, directly
     * or through others. A keyword that arms one identifier of a group arms the others too, so a group is scanned as
     * one pattern set; the driving licences, passports, phones and tax IDs each make one group.
     */
    private static int[] keywordGroups(List<IdentifierDefinition> defs) {
        int[] parent = new int[defs.size()];
        Map<String, Integer> firstUser = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            if (isKeywordGated(defs.get(i)) || defs.get(i).regexWithoutKeyword() != null) {
                for (String keyword : defs.get(i).keywords()) {
                    Integer other = firstUser.putIfAbsent(KeywordPattern.regexFor(keyword), i);
                    if (other != null) {
                        parent[root(parent, i)] = root(parent, other);
                    }
                }
            }
        }
        int[] group = new int[parent.length];
        for (int i = 0; i < group.length; i++) {
            group[i] = root(parent, i);
        }
        return group;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Macie's REQUIRED rule: without a keyword nearby no candidate of this identifier can be confirmed. */
    private static boolean isKeywordGated(IdentifierDefinition d) {
        return d.keywordRule() == KeywordRule.REQUIRED && !d.keywords().isEmpty();
    }

    private static CompiledPatterns compilePatterns(List<PatternSpec> specs, List<IdentifierDefinition> defs,
                                                    EngineChoice engine) {
        try {
            return MatchEngines.compile(specs, engine);
        } catch (PatternCompileException e) {
            int id = e.patternId();
            String what = id < defs.size() ? "the regex of " + (defs.get(id).isCustom() ? "custom identifier '"
                    + defs.get(id).displayName() + "'" : defs.get(id).id()) : "a keyword pattern";
            throw new IllegalArgumentException(what + " cannot be compiled: " + e.getMessage(), e);
        }
    }

    private static void closeAll(CompiledPatterns[] sets) {
        for (CompiledPatterns set : sets) {
            if (set != null) {
                set.close();
            }
        }
    }

    AllowLists allowLists() {
        return allowLists;
    }

    public List<IdentifierDefinition> identifiers() {
        return identifiers;
    }

    public int size() {
        return identifiers.size();
    }

    public String engineName() {
        return firstPass.engineName();
    }

    /** A detector (matcher and confirmer) for the calling thread. */
    public SegmentDetector newDetector() {
        return new SegmentDetector(this, newCandidateFinder());
    }

    /** The matcher stage alone, for the calling thread. */
    public CandidateFinder newCandidateFinder() {
        return new CandidateFinder(this, firstPass.newScanner());
    }

    /** Identifiers whose full regex is scanned only where one of their keywords is (see the class comment). */
    BitSet gatedIdentifiers() {
        return gatedIdentifiers;
    }

    /** Gated identifiers that keywords arm (in the text or a context name). */
    BitSet keywordGated() {
        return keywordGated;
    }

    /** Gated identifiers that the first pass also scans, with their regexWithoutKeyword. */
    BitSet splitIdentifiers() {
        return splitIdentifiers;
    }

    /** The identifiers of gated group {@code group}. */
    BitSet groupMembers(int group) {
        return groupMembers[group];
    }

    /** The gated group of identifier {@code index}, or -1 if it is not gated. */
    int groupOf(int index) {
        return groupOf[index];
    }

    int gatedGroupCount() {
        return gatedGroups.length;
    }

    /** A scanner for the calling thread over gated group {@code group}'s pattern set. */
    PatternScanner newGroupScanner(int group) {
        return gatedGroups[group].newScanner();
    }

    IdentifierDefinition identifier(int index) {
        return identifiers.get(index);
    }

    Validator validator(int index) {
        return validators[index];
    }

    /** Whether identifier {@code index} finds IBANs (the IBAN validator, or a country's bank account validator). */
    boolean isIbanShaped(int index) {
        String validator = identifiers.get(index).validator();
        return validator.equals("iban") || validator.startsWith("bank-account-");
    }

    boolean isKeyword(int patternId) {
        return patternId >= identifiers.size() && patternId < identifiers.size() + keywordOwners.length;
    }

    /** Whether a first-pass pattern is a prefiltered identifier's presence check. */
    boolean isPresenceCheck(int patternId) {
        return patternId >= identifiers.size() + keywordOwners.length;
    }

    /** The identifier a presence check arms. */
    int presenceOwner(int patternId) {
        return presenceOwners[patternId - identifiers.size() - keywordOwners.length];
    }

    BitSet keywordOwners(int patternId) {
        return keywordOwners[patternId - identifiers.size()];
    }

    @Override
    public void close() {
        firstPass.close();
        closeAll(gatedGroups);
    }
}
