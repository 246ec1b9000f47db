package dev.ferret.cli;

import dev.ferret.core.confirm.IdentifierSet;
import dev.ferret.core.match.EngineChoice;
import dev.ferret.identifiers.IdentifierDefinition;
import dev.ferret.identifiers.IdentifierSelection;
import dev.ferret.identifiers.ManagedCatalogue;
import dev.ferret.identifiers.allow.AllowListReader;
import dev.ferret.identifiers.allow.AllowLists;
import dev.ferret.identifiers.custom.CustomDataIdentifier;
import dev.ferret.identifiers.custom.CustomIdentifierLimits;
import dev.ferret.identifiers.custom.CustomIdentifierLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The identifiers and allow lists of a job, from the scan options: the managed selection, the custom identifier
 * files and the allow-list files, checked against Macie's limits. Every problem becomes a {@link UserError}.
 */
final class JobIdentifiers {

    private JobIdentifiers() {
    }

    static IdentifierSet compile(String managed, List<Path> customFiles, List<Path> wordLists, List<Path> regexLists,
                                 EngineChoice engine) {
        try {
            IdentifierSelection selection = IdentifierSelection.parse(managed);
            List<CustomDataIdentifier> custom = loadCustom(customFiles);
            if (selection.needsCustomIdentifiers() && custom.isEmpty()) {
                throw new UserError("--managed-identifiers NONE needs at least one custom identifier (--custom-identifiers FILE)");
            }
            List<IdentifierDefinition> identifiers = new ArrayList<>(selection.select(ManagedCatalogue.get()));
            custom.forEach(c -> identifiers.add(c.toDefinition()));
            return IdentifierSet.compile(identifiers, allowLists(wordLists, regexLists), engine);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Loads every file's definitions and checks the job-wide limits. */
    static List<CustomDataIdentifier> loadCustom(List<Path> files) {
        List<CustomDataIdentifier> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(CustomIdentifierLoader.load(file));
        }
        CustomIdentifierLimits.checkJob(all);
        return all;
    }

    private static AllowLists allowLists(List<Path> wordLists, List<Path> regexLists) {
        if (wordLists.isEmpty() && regexLists.isEmpty()) {
            return AllowLists.NONE;
        }
        if (wordLists.size() > AllowListReader.MAX_LISTS_PER_KIND || regexLists.size() > AllowListReader.MAX_LISTS_PER_KIND) {
            throw new UserError("at most " + AllowListReader.MAX_LISTS_PER_KIND + " --allow-list and "
                    + AllowListReader.MAX_LISTS_PER_KIND + " --allow-list-regex files per scan (Macie's limit)");
        }
        return AllowLists.of(wordLists.stream().map(AllowListReader::words).toList(),
                regexLists.stream().map(AllowListReader::regex).toList());
    }
}
