/// Korean particles (조사) that stick to the end of a name: "대웅제약은", "KAIST와의", "산업부에서도".
///
/// A name is never cut by guessing: callers ask whether what follows a known or shaped name is
/// a sequence of particles, so "모더나", "다나와", "하나은행" and "한국가스공사" keep their last
/// syllables (they are matched whole first, and only the rest after them is tested).
enum Josa {
    /// Particles, one or more syllables each; a tail may chain up to three ("에서 + 도", "와 + 의").
    static let particles: [String] = [
        // case particles
        "이", "가", "을", "를", "은", "는", "의", "에", "께", "와", "과", "도", "만", "로", "으로",
        "에서", "에게", "께서", "한테", "서", "에서부터", "으로부터", "로부터", "부터", "까지",
        "로서", "으로서", "로써", "으로써", "보다", "처럼", "같이", "마저", "조차", "밖에", "뿐",
        "하고", "랑", "이랑", "이나", "나", "이며", "며", "이자", "이란", "란", "이라", "라", "이라고", "라고",
        "이라는", "라는", "이든", "든", "이다", "다", "였다", "이었다", "인", "이던", "던", "이고", "고",
        "와의", "과의", "과는", "와는", "과도", "와도", "에는", "에도", "에서는", "에서도", "에서의",
        "로의", "으로의", "에의", "께는", "엔", "에선", "에게서", "에게는", "에게도", "만큼", "대로",
        "끼리", "들", "등", "측", "쪽",
    ]

    /// Particle scalars, longest first, for the tail test.
    static let particleScalars: [[Unicode.Scalar]] = scalarPhrases(particles).sorted { $0.count > $1.count }

    /// Whether `tail` is empty or a chain of at most `depth` particles. When `after` (the last
    /// scalar of the word before the tail) is a Hangul syllable, the first particle must agree with
    /// it: 이/은/을/과/으로 follow a final consonant, 가/는/를/와 a vowel, 로 a vowel or ㄹ.
    static func isParticleTail<C: Collection>(_ tail: C, after: Unicode.Scalar? = nil, depth: Int = 3) -> Bool
    where C.Element == Unicode.Scalar, C.Index == Int {
        particleTable.isTail(tail, after: after, depth: depth)
    }

    /// Particles by first scalar, longest first: a tail is tried only against those it starts with.
    private static let particleTable = ParticleTable(particleScalars)
    private static let commonParticleTable = ParticleTable(commonParticleScalars)

    /// Particles laid out flat and grouped by first scalar, each with the agreement rule of its
    /// first syllable worked out once. The tail tests run for most words of every sentence, and
    /// read the table without copying a particle's scalars.
    struct ParticleTable: Sendable {
        /// Finals (종성 index) the syllable before may have.
        enum Finals: Sendable { case any, consonant, vowel, vowelOrL }

        /// Every particle's scalars, back to back; particle `k` is `scalars[bounds[k]]`.
        private let scalars: [Unicode.Scalar]
        private let bounds: [Range<Int>]
        private let finals: [Finals]
        /// Subject and object markers (이, 가, 을, 를), and the particles they may follow.
        private let caseMarker: [Bool]
        private let takesCaseMarker: [Bool]
        /// The particles (indices, longest first) starting with a scalar.
        private let byFirst: ScalarMap<Range<Int>>

        init(_ phrases: [[Unicode.Scalar]]) {
            var groups: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
            for phrase in phrases where !phrase.isEmpty { groups[phrase[0], default: []].append(phrase) }
            var scalars: [Unicode.Scalar] = [], bounds: [Range<Int>] = [], finals: [Finals] = []
            var caseMarker: [Bool] = [], takesCaseMarker: [Bool] = []
            var byFirst: [Unicode.Scalar: Range<Int>] = [:]
            for (first, group) in groups.sorted(by: { $0.key.value < $1.key.value }) {
                let start = bounds.count
                for phrase in group {
                    bounds.append(scalars.count..<(scalars.count + phrase.count))
                    scalars += phrase
                    caseMarker.append(Josa.caseMarkers.contains(phrase))
                    takesCaseMarker.append(Josa.beforeCaseMarkers.contains(phrase))
                    finals.append(Josa.afterConsonant.contains(phrase) ? .consonant
                        : Josa.afterVowel.contains(phrase) ? .vowel
                        : Josa.afterVowelOrL.contains(phrase) ? .vowelOrL : .any)
                }
                byFirst[first] = start..<bounds.count
            }
            self.scalars = scalars
            self.bounds = bounds
            self.finals = finals
            self.caseMarker = caseMarker
            self.takesCaseMarker = takesCaseMarker
            self.byFirst = ScalarMap(byFirst)
        }

        /// Whether `tail` is empty or a chain of at most `depth` particles, the first agreeing
        /// with `after` (see `Josa.isParticleTail`).
        func isTail<C: Collection>(_ tail: C, after: Unicode.Scalar?, depth: Int, previous: Int? = nil) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
            if tail.isEmpty { return true }
            guard depth > 0, let group = byFirst[tail[tail.startIndex]] else { return false }
            for k in group {
                let particle = bounds[k]
                guard particle.count <= tail.count else { continue }
                var same = true
                for j in 1..<max(1, particle.count) where scalars[particle.lowerBound + j] != tail[tail.startIndex + j] {
                    same = false
                    break
                }
                guard same else { continue }
                if let last = after, !allowed(finals[k], after: last) { continue }
                // "한서에어로가" is 한서에어로 + 가, not + 로 + 가: 이/가/을/를 follow only 들, 등,
                // 측, 만, 까지 … ("기업들이", "측이"), never 로, 에, 와 ….
                if let previous, caseMarker[k], !takesCaseMarker[previous] { continue }
                if isTail(tail[(tail.startIndex + particle.count)...], after: nil, depth: depth - 1, previous: k) { return true }
            }
            return false
        }

        /// Whether a particle may follow the syllable `last` (always, when `last` is not Hangul):
        /// 이/은/을/과/으로 follow a final consonant, 가/는/를/와 a vowel, 로 a vowel or ㄹ.
        private func allowed(_ finals: Finals, after last: Unicode.Scalar) -> Bool {
            guard finals != .any, ScalarKind.isHangul(last) else { return true }
            let final = (last.value - 0xAC00) % 28
            switch finals {
            case .any: return true
            case .consonant: return final != 0
            case .vowel: return final == 0
            case .vowelOrL: return final == 0 || final == 8
            }
        }
    }

    /// Subject and object markers, and the particles they may follow in a chain ("기업들이",
    /// "오노측은" … "측이", "삼성까지가"); after any other ("로가", "에를") the chain is no particles.
    private static let caseMarkers: Set<[Unicode.Scalar]> = Set(scalarPhrases(["이", "가", "을", "를"]))
    private static let beforeCaseMarkers: Set<[Unicode.Scalar]> = Set(scalarPhrases(["들", "등", "측", "쪽", "만", "까지", "부터", "뿐", "끼리"]))
    private static let afterConsonant: Set<[Unicode.Scalar]> = Set(scalarPhrases(["이", "은", "을", "과", "과의", "과는", "과도", "으로", "으로서", "으로써", "으로부터", "으로의", "이랑"]))
    private static let afterVowel: Set<[Unicode.Scalar]> = Set(scalarPhrases(["가", "는", "를", "와", "와의", "와는", "와도", "랑"]))
    private static let afterVowelOrL: Set<[Unicode.Scalar]> = Set(scalarPhrases(["로", "로서", "로써", "로부터", "로의"]))

    /// The foreign-firm mark written after a name ("화이자사와", "Auditum Bio)사는"), and 측 ("오노측은").
    static let firmMarks: [[Unicode.Scalar]] = scalarPhrases(["사", "社"])

    /// The particles that mark a topic or a subject: 은, 는, 이, 가.
    static let subjectMarks = ScalarSet("은는이가")

    /// Whether `tail` is the foreign-firm mark 사 followed by particles.
    static func isFirmMarkTail<C: Collection>(_ tail: C) -> Bool
    where C.Element == Unicode.Scalar, C.Index == Int {
        for mark in firmMarks where tail.hasScalarPrefix(mark) {
            if isParticleTail(tail[(tail.startIndex + mark.count)...]) { return true }
        }
        return false
    }

    /// Case particles common enough to strip from an unknown name ("제노스코에서" → 제노스코);
    /// rarer endings (나, 며, 고, 다 …) are kept, so "모더나" stays whole.
    static let commonParticleScalars: [[Unicode.Scalar]] = scalarPhrases([
        "이", "가", "을", "를", "은", "는", "의", "에", "와", "과", "도", "만", "로", "으로", "에서", "에게", "까지",
        "부터", "와의", "과의", "에서는", "에서도", "에는", "에도", "으로부터", "로부터", "과는", "와는", "과도", "와도",
        "측", "측은", "측과", "측의", "측이", "측에", "측도",
    ]).sorted { $0.count > $1.count }

    /// The stem of an unknown name: the shortest stem (at least `minimum` scalars) whose tail is
    /// a chain of common particles that agrees with it, or the whole word.
    static func unknownNameLength(_ word: ArraySlice<Unicode.Scalar>, minimum: Int = 2) -> Int {
        var best = word.count
        var n = word.count - 1
        while n >= minimum {
            if isCommonTail(word[(word.startIndex + n)...], after: word[word.startIndex + n - 1]) { best = n }
            n -= 1
        }
        return best
    }

    private static func isCommonTail(_ tail: ArraySlice<Unicode.Scalar>, after: Unicode.Scalar?, depth: Int = 2) -> Bool {
        commonParticleTable.isTail(tail, after: after, depth: depth)
    }

    /// Lengths of the word stems that leave a particle tail, longest stem first
    /// ("한국가스공사와" gives 6 then 5 …): a shape rule takes the first stem it recognises.
    static func stemLengths(of word: ArraySlice<Unicode.Scalar>, minimum: Int = 1) -> [Int] {
        var result: [Int] = []
        var n = word.count
        while n >= max(1, minimum) {
            if isStem(word, n) { result.append(n) }
            n -= 1
        }
        return result
    }

    /// Whether the first `n` scalars of `word` are a stem: what follows is a particle tail that
    /// agrees with it (`stemLengths` one length at a time, for loops that can stop early).
    static func isStem(_ word: ArraySlice<Unicode.Scalar>, _ n: Int) -> Bool {
        n >= 1 && n <= word.count && isParticleTail(word[(word.startIndex + n)...], after: word[word.startIndex + n - 1])
    }

    /// Whether what follows a name of `nameEnd` in its word (`tail`) is particles, or the
    /// foreign-firm mark 사 and particles when `firm` is set.
    static func isNameTail(_ tail: ArraySlice<Unicode.Scalar>, after nameEnd: Unicode.Scalar, firm: Bool) -> Bool {
        if isParticleTail(tail, after: nameEnd) { return true }
        return firm && isFirmMarkTail(tail)
    }
}
