import DealGraph

enum Help {
    static let text = """
    OVERVIEW: Reads Korean news and extracts deals: who signed what with whom, in which
    sector, for how much, and when.

    USAGE: dealgraph extract <input>... [--published YYYY-MM-DD] [--format json|jsonl] [--explain]

    INPUTS:
      FILE        an article (.txt plain text or .html page) or a JSON Lines corpus (.jsonl,
                  one {"id", "published", "text" | "html"} object per line)
      DIRECTORY   every *.txt, *.html, *.htm and *.jsonl file under it
      -           standard input (an article, or a JSON Lines corpus)

    OPTIONS:
      --published YYYY-MM-DD   the publication day, for relative dates ("지난 19일", "올해");
                               otherwise taken from the page ("입력 2024.03.05") when stated
      --format json|jsonl      pretty JSON (the default for one document) or JSON Lines
                               (the default for several)
      --explain                print the kept sentences and every removed block with the reason,
                               instead of the extraction
      -h, --help               show this help
      --version                show the version

    EXAMPLES:
      dealgraph extract Fixtures/articles/boston-cluster-roundtable.txt --published 2023-04-29
      dealgraph extract --explain page.html
      dealgraph extract corpus/ --format jsonl > extractions.jsonl
      cat article.txt | dealgraph extract -

    Output goes to stdout; warnings and errors to stderr. Exit codes: 0 ok, 1 an input could
    not be read or processed (the others still are), 64 usage error.
    """

    static var version: String { "dealgraph \(DealGraphVersion.current)" }
}
