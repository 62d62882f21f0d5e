/// Industry sectors a deal belongs to; the keys of the evaluation corpus.
public enum Sector: String, Codable, Sendable, CaseIterable, Comparable {
    case bio
    case ai
    case semiconductor
    case battery
    case automotive
    case energy
    case defense
    case aerospace
    case shipbuilding
    case finance
    case cluster
    case education
    case telecom
    case robotics
    case software
    case materials
    case agriculture
    case culture

    public static func < (lhs: Sector, rhs: Sector) -> Bool { lhs.rawValue < rhs.rawValue }
}
