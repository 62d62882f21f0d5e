@testable import DealGraph

/// Phrases from Duckling's Korean time corpus (`Duckling/Time/KO/Corpus.hs`, facebook/duckling
/// `2c226585`, via /work/shared/data/duckling-ko/time.tsv), resolved the DealGraph way.
///
/// Reference: Tuesday 2013-02-12, as in Duckling's tests. Where DealGraph's news conventions differ,
/// the expected value is ours and the row says so:
/// - a partial date after the reference is read as coming only when near (`DatePatterns`), so
///   "10월 3일" is 2012-10-03 here, 2013-10-03 in Duckling;
/// - "이번주 월요일" is the Monday of this ISO week (2013-02-11; Duckling: 2013-02-18);
/// - "12년" alone is a length of time in news, not the year 2012;
/// - "2년전" is a year (2011), "7일전" a day; Duckling gives a month and an hour.
///
/// Duckling is BSD-licensed: Copyright (c) 2016-present, Facebook, Inc. All rights reserved.
/// Redistribution and use in source and binary forms, with or without modification, are permitted
/// provided that the following conditions are met: (1) Redistributions of source code must retain
/// the above copyright notice, this list of conditions and the following disclaimer.
/// (2) Redistributions in binary form must reproduce the above copyright notice, this list of
/// conditions and the following disclaimer in the documentation and/or other materials provided
/// with the distribution. (3) Neither the name Facebook nor the names of its contributors may be
/// used to endorse or promote products derived from this software without specific prior written
/// permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
/// EXPRESS OR IMPLIED WARRANTIES … ARE DISCLAIMED.
enum DucklingKoreanTimeCorpus {
    static let reference = "2013-02-12"

    static let rows: [(String, [String])] = [
        ("오늘", ["2013-02-12"]),
        ("어제", ["2013-02-11"]),
        ("내일", ["2013-02-13"]),
        ("2월18일 월요일", ["2013-02-18"]),
        ("2월 18일 월요일", ["2013-02-18"]),
        ("19일 화요일", ["2013-02-19"]),
        ("3월 1일", ["2013-03-01"]),
        ("3월 3일", ["2013-03-03"]),
        ("2015년 3월 3일", ["2015-03-03"]),
        ("2015/3/3", ["2015-03-03"]),
        ("2015-3-3", ["2015-03-03"]),
        ("2015-03-03", ["2015-03-03"]),
        ("15일에", ["2013-02-15"]),
        ("2월 15일", ["2013-02-15"]),
        ("8월 8일", ["2013-08-08"]),
        ("2014년 10월", ["2014-10"]),
        ("1974/10/31", ["1974-10-31"]),
        ("2015년 4월 14일", ["2015-04-14"]),
        ("다음주 화요일", ["2013-02-19"]),
        ("다음 3월", ["2013-03"]),
        ("저번달", ["2013-01"]),
        ("다음달", ["2013-03"]),
        ("이번분기", ["2013-Q1"]),
        ("다음분기", ["2013-Q2"]),
        ("삼분기", ["2013-Q3"]),
        ("2018년 4분기", ["2018-Q4"]),
        ("작년", ["2012"]),
        ("올해", ["2013"]),
        ("내년", ["2014"]),
        ("저번주 일요일", ["2013-02-10"]),
        ("지난주 일요일", ["2013-02-10"]),
        ("지난 일요일", ["2013-02-10"]),
        ("저번 일요일", ["2013-02-10"]),
        ("저번주 화요일", ["2013-02-05"]),
        ("다음주 수요일", ["2013-02-20"]),
        ("다음주 금요일", ["2013-02-22"]),
        ("이번주 화요일", ["2013-02-12"]),
        ("이번주 수요일", ["2013-02-13"]),
        ("내일모레", ["2013-02-14"]),
        ("모레", ["2013-02-14"]),
        ("엊그제", ["2013-02-10"]),
        ("그제", ["2013-02-10"]),
        ("14일전", ["2013-01-29"]),
        ("14일전에", ["2013-01-29"]),
        ("3주전", ["2013-01-22"]),
        ("5일 후", ["2013-02-17"]),
        ("3월", ["2013-03"]),
        ("3월에", ["2013-03"]),
        ("7월 13일 - 15일", ["2013-07-13..2013-07-15", "2013-07-15"]),
        ("7월 13일 부터 15일", ["2013-07-13..2013-07-15", "2013-07-15"]),
        ("8월 8일 - 8월 13일", ["2013-08-08..2013-08-13", "2013-08-13"]),
        ("8월 8일부터 8월 13일", ["2013-08-08..2013-08-13", "2013-08-13"]),
        // Different on purpose (see above).
        ("10월 3일", ["2012-10-03"]),
        ("이번주 월요일", ["2013-02-11"]),
        ("12년", []),
        ("2년전", ["2011"]),
        ("7일전", ["2013-02-05"]),
        // Times of day alone are not dates.
        ("오후 세시", []),
        ("15:30", []),
        ("3:30pm", []),
    ]

    static var cases: [DateCase] { rows.map { DateCase($0.0, reference, $0.1) } }
}
