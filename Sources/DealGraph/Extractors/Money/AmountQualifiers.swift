/// What a word next to an amount says about it.
enum AmountQualifier: Sendable, Equatable {
    case approximate
    case atLeast
    case atMost

    var isBound: Bool { self != .approximate }
}

/// Words before and after an amount that make it approximate or a bound.
///
/// Before: 약 100억원, 최소 10억 달러, 최대 1조원. After: 100억원 가량, 1000억원 이상,
/// 1000억원을 넘어, 5000원 미만, 1000억원대. Verbs of exceeding may follow a particle
/// ("1000억원이 넘는"); "까지" is no bound when the sentence goes on to add ("까지 더하면").
enum AmountQualifiers {
    static let before = ScalarLexicon<AmountQualifier>([
        ("약", .approximate), ("대략", .approximate), ("얼추", .approximate), ("대충", .approximate),
        ("최소", .atLeast), ("최저", .atLeast), ("적어도", .atLeast),
        ("최대", .atMost), ("최고", .atMost),
    ])

    struct After: Sendable {
        let qualifier: AmountQualifier
        /// May follow a particle: 1000억원을 넘어, 100억원이 넘는.
        let afterParticle: Bool
    }

    static let after = ScalarLexicon<After>([
        ("가량", After(qualifier: .approximate, afterParticle: false)),
        ("정도", After(qualifier: .approximate, afterParticle: false)),
        ("안팎", After(qualifier: .approximate, afterParticle: false)),
        ("내외", After(qualifier: .approximate, afterParticle: false)),
        ("남짓", After(qualifier: .approximate, afterParticle: false)),
        ("수준", After(qualifier: .approximate, afterParticle: false)),
        ("쯤", After(qualifier: .approximate, afterParticle: false)),
        ("이상", After(qualifier: .atLeast, afterParticle: false)),
        ("초과", After(qualifier: .atLeast, afterParticle: true)),
        ("상회", After(qualifier: .atLeast, afterParticle: true)),
        ("웃도", After(qualifier: .atLeast, afterParticle: true)),
        ("웃돌", After(qualifier: .atLeast, afterParticle: true)),
        ("웃돈", After(qualifier: .atLeast, afterParticle: true)),
        ("이하", After(qualifier: .atMost, afterParticle: false)),
        ("미만", After(qualifier: .atMost, afterParticle: false)),
        ("이내", After(qualifier: .atMost, afterParticle: false)),
        ("까지", After(qualifier: .atMost, afterParticle: false)),
        ("하회", After(qualifier: .atMost, afterParticle: true)),
        ("밑도", After(qualifier: .atMost, afterParticle: true)),
        ("밑돌", After(qualifier: .atMost, afterParticle: true)),
        ("밑돈", After(qualifier: .atMost, afterParticle: true)),
    ] + ["넘는", "넘게", "넘어", "넘었", "넘긴", "넘겼", "넘길", "넘을", "넘은", "넘으", "넘기"].map {
        ($0, After(qualifier: .atLeast, afterParticle: true))
    })

    /// Particles between an amount and a verb of exceeding.
    static let particles: ScalarSet = ["을", "를", "이", "가", "은", "는", "에"]

    /// Words after "까지" that make it "including" or the end of a movement, not "at most"
    /// (까지 더하면, 까지 포함하면; a price that 까지 올랐다 reached that figure).
    static let notBoundAfterUntil = ScalarLexicon<Bool>([
        ("더하", true), ("더해", true), ("합하", true), ("합해", true), ("합치", true), ("합쳐", true),
        ("포함", true), ("합산", true), ("올랐", true), ("오르", true), ("올라", true), ("치솟", true),
        ("상승", true), ("급등", true), ("뛰었", true), ("뛰어", true), ("떨어", true), ("하락", true),
        ("내려", true), ("내렸", true), ("밀려", true), ("밀렸", true), ("급락", true), ("늘어", true),
        ("늘었", true), ("줄어", true), ("줄었", true), ("불어", true), ("확대", true), ("증가", true),
    ])

    /// Syllables after an attached 대 that keep it the "range of" suffix (1000억원대의, 억원대로).
    static let decadeFollowers: ScalarSet = [
        "의", "로", "에", "를", "을", "인", "이", "다", "였", "까", "초", "중", "후", "는", "도", "가", "였", "부",
    ]

    /// Syllables after 선 that keep it "around" (16만원 선에서, 100억원선을).
    static let lineFollowers: ScalarSet = ["에", "을", "으", "이", "까", "도", "인"]

    static let until = Array("까지".unicodeScalars)

    /// The qualifier that ends right before `start` (skipping one space), and where it starts.
    static func prefix(in s: [Unicode.Scalar], before start: Int) -> (qualifier: AmountQualifier, start: Int)? {
        let end = s.skippingSpacesBackward(from: start, limit: 1)
        guard let m = before.match(in: s, endingAt: end) else { return nil }
        if m.start > 0, ScalarClass.isHangulSyllable(s[m.start - 1]) { return nil }
        return (m.value, m.start)
    }

    /// The qualifier right after an amount ending at `end`, and where it ends.
    static func suffix(in s: [Unicode.Scalar], at end: Int) -> (qualifier: AmountQualifier, end: Int)? {
        let n = s.count
        guard end < n else { return nil }
        // Attached 대 ("1000억원대") and 선 ("16만원 선에서").
        if s[end] == "대", end + 1 >= n || !ScalarClass.isHangulSyllable(s[end + 1]) || decadeFollowers.contains(s[end + 1]) {
            return (.approximate, end + 1)
        }
        let q = s.skippingSpaces(from: end, limit: 1)
        if q < n, s[q] == "선", q + 1 >= n || !ScalarClass.isHangulSyllable(s[q + 1]) || lineFollowers.contains(s[q + 1]) {
            return (.approximate, q + 1)
        }
        if let m = after.match(in: s, at: q) {
            if m.value.qualifier == .atMost, s.hasWord(until, at: q) {
                let r = s.skippingSpaces(from: m.end, limit: 1)
                if notBoundAfterUntil.match(in: s, at: r) != nil { return nil }
            }
            return (m.value.qualifier, m.end)
        }
        if particles.contains(s[end]) {
            let r = s.skippingSpaces(from: end + 1, limit: 1)
            if let m = after.match(in: s, at: r), m.value.afterParticle { return (m.value.qualifier, m.end) }
        }
        return nil
    }
}
