/// Common Swedish function words, folded, left out of the codebook audit's uncovered words so that the
/// list shows content words a codebook might be missing.
///
/// Written for Tematik (pronouns, articles, prepositions, conjunctions, auxiliaries, common adverbs and
/// the fillers of spoken Swedish); not copied from any published list, whose licences were unclear.
public enum SwedishStopWords {
    /// The words, sorted in byte order.
    public static let words: [String] = [
        "alla", "allt", "alltid", "alltså", "andra", "annat", "att", "av", "bara", "blev", "bli", "blir", "bra",
        "både", "dag", "de", "dem", "den", "denna", "denne", "dess", "dessa", "det", "detta", "dig", "din",
        "ditt", "dom", "du", "där", "då", "efter", "eftersom", "ej", "eller", "emellertid", "en", "ett", "fast",
        "fick", "finns", "fler", "flera", "fram", "från", "få", "får", "före", "genom", "gjorde", "gå", "gör",
        "göra", "ha", "hade", "han", "hans", "har", "hela", "helt", "henne", "hennes", "hit", "hon", "hos",
        "hur", "här", "i", "in", "inga", "ingen", "inget", "inne", "inom", "inte", "ja", "jag", "jaha", "jo",
        "just", "kan", "kanske", "kommer", "kunde", "kunna", "man", "med", "mellan", "men", "mer", "mig", "min",
        "mina", "mitt", "mot", "mycket", "många", "måste", "ned", "nej", "ni", "nog", "nu", "när", "nästan",
        "någon", "något", "några", "och", "också", "om", "oss", "på", "redan", "rätt", "sa", "sade", "samma",
        "sedan", "sen", "sig", "sin", "sina", "sitt", "ska", "skulle", "säga", "säger", "så", "sådan", "sådana",
        "sådant", "tar", "till", "tror", "typ", "under", "upp", "ut", "utan", "vad", "var", "vara", "varit",
        "varje", "vars", "vem", "vi", "vid", "vilka", "vilken", "vilket", "vill", "väl", "våra", "vårt", "ändå",
        "är", "även", "åt", "över",
    ]

    /// The words as a set, for lookups.
    static let set = Set(words)
}
