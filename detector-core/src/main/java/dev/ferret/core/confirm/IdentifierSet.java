package dev.ferret.core.confirm;

import dev.ferret.core.match.CompiledPatterns;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.core.match.MatchEngines;
import dev.ferret.core.match.PatternCompileException;
import dev.ferret.core.match.PatternSpec;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.allow.AllowLists;
import dev.ferret.identifiers.Validator;
import dev.ferret.identifiers.Validators;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enabled identifiers compiled into one pattern set: pattern ids {@code 0..n-1} are the identifiers' candidate
 * regexes, ids from {@code n} on are the distinct keywords. Built once, shared by every thread, with the job's
 * allow lists.
 */
public final class IdentifierSet implements AutoCloseable {

    private final List<IdentifierDefinition> identifiers;
    private final Validator[] validators;
    /** For each keyword pattern (index id - n): which identifiers it serves. */
    private final BitSet[] keywordOwners;
    private final CompiledPatterns patterns;
    private final AllowLists allowLists;

    private IdentifierSet(List<IdentifierDefinition> identifiers, Validator[] validators, BitSet[] keywordOwners,
                          CompiledPatterns patterns, AllowLists allowLists) {
        this.identifiers = identifiers;
        this.validators = validators;
        this.keywordOwners = keywordOwners;
        this.patterns = patterns;
        this.allowLists = allowLists;
    }

    public static IdentifierSet compile(List<IdentifierDefinition> identifiers, EngineChoice engine) {
        return compile(identifiers, AllowLists.NONE, engine);
    }

    /**
     * @throws IllegalArgumentException if a regex is one the engines do not accept, naming the identifier and the construct
     */
    public static IdentifierSet compile(List<IdentifierDefinition> identifiers, AllowLists allowLists, EngineChoice engine) {
        List<IdentifierDefinition> defs = List.copyOf(identifiers);
        int n = defs.size();
        List<PatternSpec> specs = new ArrayList<>();
        Validator[] validators = new Validator[n];
        Map<String, BitSet> keywordOwners = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            IdentifierDefinition d = defs.get(i);
            specs.add(new PatternSpec(i, d.regex(), d.caseInsensitive()));
            validators[i] = Validators.named(d.validator());
            if (d.usesKeywords()) {
                for (String keyword : d.keywords()) {
                    keywordOwners.computeIfAbsent(KeywordPattern.regexFor(keyword), k -> new BitSet()).set(i);
                }
            }
        }
        int k = n;
        for (String regex : keywordOwners.keySet()) {
            specs.add(new PatternSpec(k++, regex, true));
        }
        CompiledPatterns compiled;
        try {
            compiled = MatchEngines.compile(specs, engine);
        } catch (PatternCompileException e) {
            String what = e.patternId() < n ? "the regex of " + (defs.get(e.patternId()).isCustom() ? "custom identifier '"
                    + defs.get(e.patternId()).displayName() + "'" : defs.get(e.patternId()).id()) : "a keyword pattern";
            throw new IllegalArgumentException(what + " cannot be compiled: " + e.getMessage(), e);
        }
        return new IdentifierSet(defs, validators, keywordOwners.values().toArray(BitSet[]::new), compiled, allowLists);
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
        return patterns.engineName();
    }

    /** A detector for the calling thread. */
    public SegmentDetector newDetector() {
        return new SegmentDetector(this, patterns.newScanner());
    }

    IdentifierDefinition identifier(int index) {
        return identifiers.get(index);
    }

    Validator validator(int index) {
        return validators[index];
    }

    boolean isKeyword(int patternId) {
        return patternId >= identifiers.size();
    }

    BitSet keywordOwners(int patternId) {
        return keywordOwners[patternId - identifiers.size()];
    }

    @Override
    public void close() {
        patterns.close();
    }
}
