/// Aliases written in brackets after a name: Latin names, abbreviations, "(이하 …)" definitions.
extension EntityScan {
    /// "카이스트(KAIST)", "헌팅턴 잉걸스(Huntington Ingalls Industries·HII)", "(이하 추진단)",
    /// "한국수력원자력(한수원)": the bracket names the entity just before it.
    func aliasCandidates(_ p: Int, names: [NameCandidate]) -> [NameCandidate] {
        let sw = words[p]
        let s = sw.scalars
        var result: [NameCandidate] = []
        for g in sw.groups {
            var before = g.outer.lowerBound
            while before > 0, ScalarKind.isSpace(s[before - 1]) { before -= 1 }
            guard let owner = names.last(where: { $0.range.upperBound == before }), let type = owner.type, type != .person else { continue }
            var inner = g.inner
            while !inner.isEmpty, ScalarKind.isSpace(s[inner.lowerBound]) { inner = (inner.lowerBound + 1)..<inner.upperBound }
            while !inner.isEmpty, ScalarKind.isSpace(s[inner.upperBound - 1]) { inner = inner.lowerBound..<(inner.upperBound - 1) }
            guard !inner.isEmpty else { continue }
            // "(이하 기보)", or after the head: "(이사장 문태성, 이하 기보)"
            if let definition = definedShortForm(in: inner, s) {
                var start = definition + 3
                while start < inner.upperBound, ScalarKind.isSpace(s[start]) { start += 1 }
                var end = inner.upperBound
                if let w = sw.word(startingAt: start), let n = Josa.stemLengths(of: sw.slice(w), minimum: 2).last,
                   sw.words[w].range.upperBound == end {
                    end = start + n
                }
                if start < end { result.append(alias(p, start..<end, of: owner)) }
                continue
            }
            let content = sw.text(inner)
            if isLatinName(content) {
                for piece in pieces(of: inner, in: s) where isLatinName(sw.text(piece)) {
                    result.append(alias(p, piece, of: owner))
                }
                continue
            }
            if let inside = names.first(where: { $0.range == inner }), let insideType = inside.type, insideType != .person {
                // "Voltarix GmbH (독일)": a place after a firm or a body says where it is, not another name.
                let homePlace = insideType == .location && (type == .company || type == .institution && !owner.key.hasPrefix("G#"))
                if !(inside.key.hasPrefix("L#") && owner.key.hasPrefix("L#")), !homePlace {
                    result.append(alias(p, inner, of: owner))
                }
                continue
            }
            // ("한국보건산업진흥원(진흥원)": the kind of body the name ends in stands for it too)
            if sw.isHangul(inner), inner.count >= 2, inner.count < owner.range.count,
               isAbbreviation(Array(s[inner]), of: Array(owner.surface.unicodeScalars))
                || owner.surface.unicodeScalars.count >= inner.count + 2 && owner.surface.unicodeScalars.reversed().starts(with: s[inner].reversed()) {
                result.append(alias(p, inner, of: owner))
            } else if isShortenedWithInitials(s[inner], of: Array(owner.surface.unicodeScalars)) {
                result.append(alias(p, inner, of: owner))
            }
        }
        return result
    }

    /// Where "이하 " opens the bracket, or its last piece after a comma: "(이하 기보)", "(이사장
    /// 문태성, 이하 기보)".
    private func definedShortForm(in inner: Range<Int>, _ s: [Unicode.Scalar]) -> Int? {
        func opensDefinition(_ i: Int) -> Bool { i + 2 < inner.upperBound && s[i] == "이" && s[i + 1] == "하" && s[i + 2] == " " }
        if opensDefinition(inner.lowerBound) { return inner.lowerBound }
        var i = inner.upperBound - 3
        while i > inner.lowerBound {
            if s[i - 1] == ",", opensDefinition(i) { return i }
            if s[i - 1] == " ", i >= inner.lowerBound + 2, s[i - 2] == ",", opensDefinition(i) { return i }
            i -= 1
        }
        return nil
    }

    private func alias(_ p: Int, _ range: Range<Int>, of owner: NameCandidate) -> NameCandidate {
        NameCandidate(position: p, range: range, type: owner.type, surface: text(p, range), key: owner.key,
                      origin: .alias, sectors: owner.sectors)
    }

    /// Pieces of a bracket split at `·`, `,` and `/`, spaces trimmed.
    func pieces(of inner: Range<Int>, in s: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = inner.lowerBound
        for k in inner.lowerBound...inner.upperBound where k == inner.upperBound || s[k] == "·" || s[k] == "," || s[k] == "/" || s[k] == "ㆍ" {
            var a = start
            var b = k
            while a < b, ScalarKind.isSpace(s[a]) { a += 1 }
            while b > a, ScalarKind.isSpace(s[b - 1]) { b -= 1 }
            if a < b { result.append(a..<b) }
            start = k + 1
        }
        return result
    }

    /// Latin letters (with digits, spaces, & . - ' and separators), at least two letters and one capital:
    /// "Sanofi", "UJV Rez", "J&J", "Huntington Ingalls Industries·HII"; accented letters after the
    /// first ("Wisła Energia", "Nestlé").
    func isLatinName(_ text: String) -> Bool {
        var letters = 0
        var capital = false
        for c in text.unicodeScalars {
            if ScalarKind.isLatin(c) {
                letters += 1
                if ScalarKind.isCapitalLatin(c) { capital = true }
            } else if ScalarKind.isAccentedLatin(c) {
                letters += 1
            } else if !(ScalarKind.isDigit(c) || " &.-'·,/ㆍ".unicodeScalars.contains(c)) {
                return false
            }
        }
        guard letters >= 2, capital, let first = text.unicodeScalars.first, ScalarKind.isLatin(first) else { return false }
        // A year, a unit or a product code ("SAS 2025", "YH25448") is not a name.
        let digits = text.unicodeScalars.filter(ScalarKind.isDigit).count
        return digits * 2 < letters
    }

    /// Whether `short` takes its syllables, in order and starting with the first, from `long`
    /// ("한수원" of "한국수력원자력", "구조특위" of "구조조정특별위원회").
    func isAbbreviation(_ short: [Unicode.Scalar], of long: [Unicode.Scalar]) -> Bool {
        var longs = [long]
        // "생명연" of "한국생명공학연구원": the opening 한국/국립/국가 is often left out.
        for opener in OrganizationShapes.publicOpeners where long.count > opener.count + 2 && long.hasScalarPrefix(opener) {
            longs.append(Array(long.dropFirst(opener.count)))
        }
        return longs.contains { long in
            guard let first = short.first, first == long.first else { return false }
            return long.holdsInOrder(short)
        }
    }

    /// Whether `short` is the start of `long` followed by the capitals of the rest:
    /// "리버사이드PE" of "리버사이드프라이빗에쿼티".
    func isShortenedWithInitials(_ short: ArraySlice<Unicode.Scalar>, of long: [Unicode.Scalar]) -> Bool {
        guard let firstCapital = short.firstIndex(where: ScalarKind.isLatin) else { return false }
        let head = short[..<firstCapital], initials = short[firstCapital...]
        guard head.count >= 2, head.allSatisfy(ScalarKind.isHangul), (2...4).contains(initials.count),
              initials.allSatisfy(ScalarKind.isCapitalLatin), long.hasScalarPrefix(Array(head)) else { return false }
        let rest = long.count - head.count
        return rest >= initials.count && long[head.count...].allSatisfy(ScalarKind.isHangul)
    }

    /// Letters or syllables only, two or more.
    func isNameLike(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        word.count >= 2 && word.allSatisfy { ScalarKind.isHangul($0) || ScalarKind.isLatin($0) || ScalarKind.isDigit($0) || $0 == "&" }
            && !ScalarKind.isDigit(word.first!)
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var entityTrimmed: String {
        var scalars = Substring(self).unicodeScalars
        while let f = scalars.first, f == " " { scalars.removeFirst() }
        while let l = scalars.last, l == " " { scalars.removeLast() }
        return String(scalars)
    }
}
