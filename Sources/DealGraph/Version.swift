/// DealGraph's version, printed by `dealgraph --version`.
public enum DealGraphVersion {
    public static let current = "0.1.0"
}
