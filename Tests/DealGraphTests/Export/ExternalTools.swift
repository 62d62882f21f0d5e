import Foundation

/// Runs graphviz and python3 on files, for tests that check exports with the tools users have.
enum ExternalTools {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The full path of `name` on PATH, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether `python3 -c "import networkx"` works (networkx ≥ 3.4 for node-link `edges`).
    static let hasNetworkx: Bool = {
        guard let python = which("python3"),
              let result = try? run(python, ["-c", "import networkx, sys; sys.exit(0 if tuple(map(int, networkx.__version__.split('.')[:2])) >= (3, 4) else 1)"])
        else { return false }
        return result.status == 0
    }()

    /// Runs `executable` with `arguments`; stdout and stderr go through files, so no pipe fills up.
    static func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealgraph-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Writes `text` to a temporary file with the given extension and returns its path.
    static func file(_ text: String, ext: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dealgraph-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// `dot -Tsvg` on DOT text. Graphviz exits 0 on some malformed input, so callers check stderr.
    static func renderSVG(_ dot: String) throws -> Output {
        guard let tool = which("dot") else {
            return Output(status: -1, stdout: "", stderr: "graphviz is not installed (apt-get install -y graphviz)")
        }
        let path = try file(dot, ext: "dot")
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try run(tool, ["-Tsvg", path])
    }

    /// Loads a GraphML file and a node-link JSON file with networkx and prints, as JSON, their
    /// node and edge counts and every node's label.
    static func networkxSummary(graphML: String, nodeLink: String) throws -> [String: Any] {
        let script = """
        import json, sys
        import networkx as nx
        g = nx.read_graphml(sys.argv[1])
        with open(sys.argv[2], encoding="utf-8") as f:
            h = nx.node_link_graph(json.load(f), edges="edges")
        print(json.dumps({
            "graphml": [g.number_of_nodes(), g.number_of_edges(), g.is_directed()],
            "nodelink": [h.number_of_nodes(), h.number_of_edges(), h.is_directed(), h.is_multigraph()],
            "graphml_labels": {n: d.get("label") for n, d in g.nodes(data=True)},
            "nodelink_labels": {n: d.get("label") for n, d in h.nodes(data=True)},
            "graphml_weights": sorted(d["weight"] for _, _, d in g.edges(data=True) if "weight" in d),
        }, ensure_ascii=False))
        """
        let a = try file(graphML, ext: "graphml"), b = try file(nodeLink, ext: "json"), c = try file(script, ext: "py")
        defer { for p in [a, b, c] { try? FileManager.default.removeItem(atPath: p) } }
        let result = try run(which("python3") ?? "/usr/bin/python3", [c, a, b])
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw NSError(domain: "networkx", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.stderr])
        }
        return object
    }
}
