/// Where an entity is named: which sentence, which local scalar range of `sentence.scalars`.
public struct EntityMention: Sendable, Equatable {
    public let entityID: String
    /// `Sentence.index` of the sentence.
    public let sentence: Int
    public let range: Range<Int>

    public init(entityID: String, sentence: Int, range: Range<Int>) {
        self.entityID = entityID
        self.sentence = sentence
        self.range = range
    }
}

/// Finds the people, companies, institutions and places an article names, each once with its
/// aliases and every mention, and the `leads` relations its titles state.
///
/// Names come from the lexicon (a trie walked from each word start), from the shapes of
/// organisation names ("…제약", "…진흥원"), from brackets ("카이스트(KAIST)", "(대표 홍길동)",
/// "(이하 추진단)", "(215380)"), and from names next to titles ("윤석열 대통령", "김 대표").
/// Names first seen in the article are then looked for in every sentence, so later bare
/// mentions ("HII와", "정세균·정의선") count too.
public enum EntityExtractor {
    /// Entities (ids like "company:대웅제약", in order of first mention), `leads` relations, and
    /// every mention with its sentence index. Reads ALL sentences given (including repeats, whose
    /// mentions are mentions too).
    public static func extract(from sentences: [Sentence], source: SourceText, lexicon: Lexicon = .builtIn)
        -> (entities: [Entity], relations: [Relation], mentions: [EntityMention])
    {
        var scan = EntityScan(sentences: sentences, lexicon: lexicon)
        scan.readNames()
        scan.readDocumentNames()
        return scan.assemble(source: source)
    }
}
