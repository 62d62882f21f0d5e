#!/usr/bin/env python3
"""Extract a JSON Lines news corpus with DealGraph on Apache Spark, then count and link locally.

Each Spark partition of the corpus is piped through `dealgraph extract --format jsonl -`
(RDD.pipe); the extractions come back as JSON Lines that `dealgraph graph` and `dealgraph count`
read without extracting again. Local mode by default; see docs/scale-out.md for a cluster.

    pip install pyspark            # needs Java 17
    swift build -c release
    python3 scripts/spark_extract.py corpus.jsonl out/ [--partitions 8] [--master local[*]]
    dealgraph count out/extractions.jsonl
"""
import argparse
import glob
import os
import shutil
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="JSON Lines corpus: one {id, published, text|html} object per line")
    parser.add_argument("out", help="output folder (Spark part files and the merged extractions.jsonl)")
    parser.add_argument("--partitions", type=int, default=0, help="partitions (default: Spark's choice)")
    parser.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    parser.add_argument("--dealgraph", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "dealgraph"),
                        help="the dealgraph binary (its DealGraph_DealGraph.resources folder must sit beside it)")
    args = parser.parse_args()

    binary = os.path.abspath(args.dealgraph)
    if not os.access(binary, os.X_OK):
        print(f"spark_extract: no dealgraph binary at {binary}; run `swift build -c release` first", file=sys.stderr)
        return 1
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("spark_extract: pyspark is not installed (pip install pyspark; it needs Java 17)", file=sys.stderr)
        return 1

    spark = SparkSession.builder.master(args.master).appName("dealgraph-extract").getOrCreate()
    try:
        lines = spark.sparkContext.textFile(os.path.abspath(args.corpus))
        if args.partitions > 0:
            lines = lines.repartition(args.partitions)
        # One dealgraph per partition; each runs one thread, Spark provides the parallelism.
        # A bad record is reported on the executor's stderr and skipped; the others are kept.
        extractions = lines.pipe(f"{binary} extract --format jsonl --jobs 1 -", checkCode=False)
        parts = os.path.join(os.path.abspath(args.out), "parts")
        shutil.rmtree(parts, ignore_errors=True)
        extractions.saveAsTextFile(parts)
    finally:
        spark.stop()

    merged = os.path.join(args.out, "extractions.jsonl")
    count = 0
    with open(merged, "w", encoding="utf-8") as out:
        for part in sorted(glob.glob(os.path.join(parts, "part-*"))):
            with open(part, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        out.write(line)
                        count += 1
    print(f"{count} extractions in {merged}; next: dealgraph count {merged} / dealgraph graph {merged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
