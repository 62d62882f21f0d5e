/// Words that put a deal in a sector, as data: `keyword → sector`. Matched in the deal's clause
/// with entity names masked out (a company called "…바이오" does not make every deal bio).
enum SectorKeywords {
    static let table: [(String, Sector)] = [
        ("바이오", .bio), ("제약", .bio), ("신약", .bio), ("의약품", .bio), ("헬스케어", .bio),
        ("치료제", .bio), ("항암", .bio), ("임상", .bio), ("백신", .bio), ("바이오시밀러", .bio),
        ("의료", .bio), ("진단", .bio), ("후보물질", .bio), ("CMO", .bio), ("CDMO", .bio), ("항체", .bio),
        ("AI", .ai), ("인공지능", .ai), ("딥러닝", .ai), ("머신러닝", .ai), ("생성형", .ai),
        ("반도체", .semiconductor), ("파운드리", .semiconductor), ("메모리", .semiconductor),
        ("D램", .semiconductor), ("낸드", .semiconductor), ("칩", .semiconductor), ("NPU", .semiconductor),
        ("배터리", .battery), ("이차전지", .battery), ("2차전지", .battery), ("양극재", .battery),
        ("자동차", .automotive), ("전기차", .automotive), ("모빌리티", .automotive),
        ("완성차", .automotive), ("자율주행", .automotive), ("전기택시", .automotive),
        ("에너지", .energy), ("원전", .energy), ("원자력", .energy), ("SMR", .energy), ("수소", .energy),
        ("태양광", .energy), ("풍력", .energy), ("신재생", .energy), ("전력", .energy), ("송전", .energy),
        ("가스발전", .energy), ("암모니아", .energy), ("해저케이블", .energy), ("탄소중립", .energy),
        ("방산", .defense), ("방위산업", .defense), ("국방", .defense), ("함정", .defense),
        ("군함", .defense), ("무기", .defense), ("해군", .defense), ("군수", .defense),
        ("우주", .aerospace), ("항공", .aerospace), ("위성", .aerospace), ("발사체", .aerospace),
        ("조선", .shipbuilding), ("선박", .shipbuilding), ("MRO", .shipbuilding),
        ("금융", .finance), ("핀테크", .finance), ("은행", .finance), ("보험", .finance),
        ("결제", .finance), ("금융사기", .finance), ("보이스피싱", .finance),
        ("클러스터", .cluster), ("창업 생태계", .cluster), ("스타트업 육성", .cluster),
        ("혁신허브", .cluster), ("랩허브", .cluster),
        ("교육", .education), ("인재 양성", .education),
        ("통신", .telecom), ("5G", .telecom), ("6G", .telecom),
        ("로봇", .robotics), ("로보틱스", .robotics),
        ("소프트웨어", .software), ("SW", .software), ("클라우드", .software), ("플랫폼", .software),
        ("소재", .materials), ("화학", .materials), ("핵심광물", .materials), ("광물", .materials),
        // Chemicals whose names hold 수소 (hydrogen): no energy.
        ("불화수소", .materials), ("과산화수소", .materials),
        ("농업", .agriculture), ("식품", .agriculture), ("스마트팜", .agriculture),
        ("콘텐츠", .culture), ("관광", .culture), ("게임", .culture),
    ]

    /// Sector words that also say where something is: after a name ("미국 소재 제약사", "보스턴
    /// 소재 바이오텍") or before 한/지 ("송도에 소재한 공장", "본사 소재지"), they name no sector.
    static let alsoLocative: [String] = ["소재"]

    /// Words that name several sectors at once, so a stated total over them has no single sector.
    static let mixed: [String] = ["신산업", "다양한 분야", "여러 분야", "각 분야", "기타"]
}
