@testable import DealGraph

/// Runs the entity extractor on plain text cut into sentences, the way the pipeline would hand them over.
struct EntityRun {
    let source: SourceText
    let sentences: [Sentence]
    let entities: [Entity]
    let relations: [Relation]
    let mentions: [EntityMention]

    init(_ text: String, lexicon: Lexicon = .builtIn) {
        source = SourceText(text)
        var sentences: [Sentence] = []
        for range in SentenceSplitter.split(source.scalars) {
            sentences.append(Sentence(index: sentences.count, paragraph: 0, scalars: Array(source.scalars[range]),
                                      sourceStarts: Array(range), sourceEnds: range.map { $0 + 1 },
                                      repeats: nil, source: source))
        }
        self.sentences = sentences
        (entities, relations, mentions) = EntityExtractor.extract(from: sentences, source: source, lexicon: lexicon)
    }

    /// The entity whose name or one of whose aliases is `form`.
    func entity(_ form: String) -> Entity? {
        entities.first { $0.name == form || $0.aliases.contains(form) }
    }

    /// Names of the scored entities (people, companies, institutions), places left out.
    var names: Set<String> { Set(entities.filter { $0.type != .location }.map(\.name)) }

    /// Every surface form of every entity, places included.
    var forms: Set<String> { Set(entities.flatMap { [$0.name] + $0.aliases }) }
}
