package dev.ferret.identifiers.validate;

import dev.ferret.identifiers.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's full name (Macie's {@code NAME}): a run of capitalised Latin-script words that holds a given name followed
 * by a surname. Confirmation weighs gazetteers against context:
 * <ul>
 *   <li>a known given name followed by a known surname is a name;</li>
 *   <li>where there is context, a label keyword nearby ({@code name}, {@code patient}, a {@code first_name} column …)
 *       or a title or salutation in front ("Dr", "Dear", "Herr"), one of the two known is enough, and so is a run
 *       written like a name (title case, not capitals) whose words the gazetteers do not know;</li>
 *   <li>a run holding an organisation, place or heading word ("Bank", "Street", "Times", "Report") is not a name.</li>
 * </ul>
 * The candidate pattern takes the longest run of capitalised words, so a run may start with words that are not part
 * of the name (a salutation, a sentence's first word): the name is looked for at the run's end, after any such words.
 * Lower-case particles (van, de, von …), middle initials ("F.") and suffixes (Jr, III) may appear inside.
 */
public final class NameValidator implements Validator {

    private static final Gazetteer GIVEN_NAMES = Gazetteer.load("given-names.txt");
    private static final Gazetteer SURNAMES = Gazetteer.load("surnames.txt");
    private static final Gazetteer NOT_NAME_WORDS = Gazetteer.load("not-name-words.txt");

    /** Titles and salutations in several languages, folded. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
            "capt", "captain", "col", "colonel", "sgt", "judge", "hon", "dear", "hello", "hi", "attn", "herr", "frau",
            "monsieur", "madame", "mademoiselle", "mme", "mlle", "cher", "chere", "liebe", "lieber", "senor", "senora",
            "senorita", "sr", "sra", "srta", "don", "dona", "estimado", "estimada", "querido", "querida", "signor",
            "signora", "signorina", "sig", "dott", "dottore", "dottoressa", "gentile", "caro", "cara");
    /** Capitalised labels that may start a run ("Patient John Smith", "Customer Name Ana Silva"), folded. */
    private static final Set<String> LABELS = Set.of(
            "name", "full", "patient", "customer", "client", "contact", "employee", "member", "student", "applicant",
            "recipient", "sender", "author", "owner", "signed", "witness", "beneficiary", "guest", "user", "by", "to",
            "from", "cc", "nom", "nombre", "nome", "vorname", "nachname");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");

    @Override
    public boolean isValid(String value, boolean keywordNearby) {
        String[] tokens = value.split(" ");
        for (String token : tokens) {
            if (NOT_NAME_WORDS.contains(token)) {
                return false;
            }
        }
        int start = 0;
        boolean context = keywordNearby;
        while (start < tokens.length && isTitleOrLabel(tokens[start])) {
            context = true;
            start++;
        }
        int end = tokens.length;
        while (end > start && SUFFIXES.contains(Gazetteer.fold(tokens[end - 1]))) {
            end--;
        }
        List<String> words = nameWords(tokens, start, end);
        if (words.size() < 2) {
            return false;
        }
        // skip leading words that are not given names ("Yesterday John Smith"), keeping at least two words
        int first = 0;
        while (first < words.size() - 2 && !known(GIVEN_NAMES, words.get(first))) {
            first++;
        }
        boolean givenKnown = known(GIVEN_NAMES, words.get(first));
        boolean surnameKnown = known(SURNAMES, words.get(words.size() - 1));
        return givenKnown && surnameKnown || (givenKnown || surnameKnown || titleCase(words)) && context;
    }

    /** Every word written like a name ("Wes", "McClure", "O'Neil"), not in capitals like a heading or a code. */
    private static boolean titleCase(List<String> words) {
        for (String w : words) {
            if (w.chars().noneMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** A hyphenated name ("Jean-Luc", "Müller-Schmidt") counts as known when the whole or any part is. */
    private static boolean known(Gazetteer gazetteer, String word) {
        if (gazetteer.contains(word)) {
            return true;
        }
        if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
                if (part.length() > 1 && gazetteer.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTitleOrLabel(String token) {
        String folded = Gazetteer.fold(token);
        return TITLES.contains(folded) || LABELS.contains(folded);
    }

    /** "Smith's" and "Smith’s" are Smith. */
    private static String withoutPossessive(String token) {
        return token.endsWith("'s") || token.endsWith("’s") ? token.substring(0, token.length() - 2) : token;
    }

    /** The capitalised words of the run, without particles and initials. */
    private static List<String> nameWords(String[] tokens, int start, int end) {
        List<String> words = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            String t = withoutPossessive(tokens[i]);
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !t.endsWith(".")) {
                words.add(t);
            }
        }
        return words;
    }
}
