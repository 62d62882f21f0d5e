import DealGraph

enum Help {
    static let text = """
    OVERVIEW: Reads Korean news and extracts deals: who signed what with whom, in which
    sector, for how much, and when.

    USAGE: dealgraph extract <input>... [--published YYYY-MM-DD] [--format json|jsonl] [--explain] [--jobs N]
           dealgraph graph <input>... [--format json|cytoscape|dot|graphml] [--kind K] [--sector S] [--party NAME]
           dealgraph count <input>... [--by sector|kind|party|month] [--kind K|all] [--format table|json|csv]

    INPUTS:
      FILE        an article (.txt plain text or .html page) or a JSON Lines corpus (.jsonl,
                  one {"id", "published", "text" | "html"} object per line)
      DIRECTORY   every *.txt, *.html, *.htm and *.jsonl file under it
      -           standard input (an article, or a JSON Lines corpus)
      graph and count also read what extract wrote (JSON Lines, or one JSON extraction), so a
      corpus can be extracted once and linked later.

    OPTIONS:
      --published YYYY-MM-DD   the publication day, for relative dates ("지난 19일", "올해");
                               otherwise taken from the page ("입력 2024.03.05") when stated
      --format json|jsonl      pretty JSON (the default for one document) or JSON Lines
                               (the default for several)
      --explain                print the kept sentences and every removed block with the reason,
                               instead of the extraction
      --format (graph)         json: networkx node-link (the default); cytoscape: Cytoscape.js
                               elements; dot: Graphviz; graphml: GraphML (networkx, Gephi, yEd)
      --format (count)         table (the default), json or csv
      --kind K                 mou, tech_export, investment, supply, joint_venture, acquisition;
                               count counts MOUs unless given (all: every kind; --by kind: all)
      --sector S               bio, ai, semiconductor, battery, cluster, … (graph: deals of the sector)
      --party NAME             deals one party (a name, an alias or a node id) takes part in
      --by DIMENSION           count by sector (the default), kind, party or month
      --jobs N                 threads extracting at once (default: all cores); output order
                               and bytes do not depend on it
      --progress               documents done, MB/s and time left on stderr (shown anyway when
                               stderr is a terminal; NO_COLOR turns off its colour)
      --lexicon FILE           your own names, added to the built-in lexicons: one per line,
                               type<TAB>name<TAB>aliases|…<TAB>sectors,… (type: company,
                               institution, person, location or ignore; # starts a comment)
      -h, --help               show this help
      --version                show the version

    EXAMPLES:
      dealgraph extract Fixtures/articles/boston-cluster-roundtable.txt --published 2023-04-29
      dealgraph extract --explain page.html
      dealgraph extract corpus/ --format jsonl > extractions.jsonl
      cat article.txt | dealgraph extract -
      dealgraph count Fixtures/articles --published 2023-04-29
      dealgraph graph Fixtures/articles --format dot | dot -Tsvg > graph.svg
      dealgraph extract corpus/ > x.jsonl && dealgraph graph x.jsonl --format graphml > corpus.graphml

    Output goes to stdout; warnings and errors to stderr. Exit codes: 0 ok, 1 an input could
    not be read or processed (the others still are), 64 usage error.
    """

    static var version: String { "dealgraph \(DealGraphVersion.current)" }
}
