"""Legal documents: numbered forms in both languages, folding, context; curated aliases."""
from __future__ import annotations

from pathlib import Path

from docs_gen.extract.documents import DocumentAlias, DocumentFinder, load_document_aliases

LAW = DocumentAlias("law-on-border-posts", "Law on Border Posts", "law",
                    ("Border Post Law", "Luật Đồn Biên phòng"), "National Assembly", 1)
FINDER = DocumentFinder([LAW])


def found(text: str) -> list[tuple[str, str, dict]]:
    return [(x.text, x.key, dict(x.data)) for x in FINDER.find(text)]


def test_spellings_fold_into_one_document():
    keys = {key for text in ["Resolution No. 12-NQ/TW was read.", "under Resolution No.12-NQ/TW,",
                             "Resolution 12 of the Politburo", "Nghị quyết số 12-NQ/TW"]
            for _, key, _ in found(text)}
    assert keys == {"resolution-12"}
    assert {key for _, key, _ in found("Directive No. 05/CT-TTg and Chỉ thị 5")} == {"directive-5"}


def test_numbered_document_with_date_issuer_and_subject():
    text, key, data = found('Decision No. 7/QĐ-TTg, dated March 2, 2021, of the Prime Minister, "On border gate zones" applies.')[0]
    assert (text, key) == ("Decision No. 7/QĐ-TTg", "decision-7")
    assert data == {"type": "decision", "number": "7", "code": "7/QĐ-TTg", "name": "Decision No. 7/QĐ-TTg",
                    "date": "2021-03-02", "date_text": "March 2, 2021", "issuer": "Prime Minister",
                    "about": "On border gate zones"}


def test_vietnamese_context():
    data = found("Thực hiện Kết luận số 41-KL/TW ngày 5/6/2022 của Ban Bí thư về công tác biên giới.")[0][2]
    assert data["date"] == "2022-06-05" and data["issuer"] == "Ban Bí thư" and data["about"] == "công tác biên giới"


def test_nothing_stated_nothing_guessed():
    data = found("The commune followed Plan No. 15 closely.")[0][2]
    assert "date" not in data and "issuer" not in data and "about" not in data


def test_decree_with_year_in_code():
    assert found("Decree 02/2016/NĐ-CP of the Government")[0][:2] == ("Decree 02/2016/NĐ-CP", "decree-2-2016")


def test_not_documents():
    assert found("No. 111 alone, the Plan to act, a resolution 33 times, Plan 2025, Military Region 1") == []


def test_curated_alias_in_both_languages():
    assert [key for _, key, _ in found("the Border Post Law and Luật Đồn Biên phòng")] == ["law-on-border-posts"] * 2


def test_alias_file_validation(tmp_path):
    path = tmp_path / "documents.yml"
    path.write_text("- id: good\n  name: Good Law\n  type: law\n- id: Bad Id\n  name: X\n  type: law\n"
                    "- id: odd\n  name: Odd\n  type: poem\n  colour: red\n", encoding="utf-8")
    aliases, problems = load_document_aliases(path, "documents.yml")
    assert [a.id for a in aliases] == ["good"]
    messages = [str(p) for p in problems]
    assert messages[0].startswith("documents.yml:4: error: field 'id': expected lowercase words")
    assert messages[1].startswith("documents.yml:7: error: unknown field 'colour'")


def test_seed_documents():
    root = Path(__file__).parent.parent
    aliases, problems = load_document_aliases(root / "seeds" / "_data" / "documents.yml")
    assert problems == []
    finder = DocumentFinder(aliases)

    def docs(prefix):
        text = next((root / "seeds").glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
        return {x.key: dict(x.data) for line in text.splitlines() for x in finder.find(line)}

    d000, d001, d002, d004 = docs("000"), docs("001"), docs("002"), docs("004")
    assert "conclusion-99" in d000 and d001["conclusion-99"]["date"] == "2024-10-17"
    assert d001["conclusion-99"]["issuer"] == "Politburo"
    assert d001["resolution-33"]["issuer"] == "Politburo" and d004["resolution-33"]["date"] == "2018-09-28"
    assert d002["directive-1"]["date"] == d004["directive-1"]["date"] == "2015-01-09"
    assert d004["directive-1"]["issuer"] == "Prime Minister"
    assert "law-on-vietnam-border-guard" in d000 and "law-on-vietnam-border-guard" in d004


# --- Types beyond the first ones, in both languages ----------------------------------------------

def kinds(text: str, finder: DocumentFinder = FINDER) -> list[tuple[str, str, str]]:
    return [(x.text, x.key, x.get("type")) for x in finder.find(text)]


def test_ordinance_is_its_own_type():
    assert kinds("They cited Ordinance No. 07/2004/PL-UBTVQH11 on reserve forces.") == [
        ("Ordinance No. 07/2004/PL-UBTVQH11", "ordinance-7-2004", "ordinance")]
    assert kinds("Họ viện dẫn Pháp lệnh số 07/2004/PL-UBTVQH11 về lực lượng dự bị.") == [
        ("Pháp lệnh số 07/2004/PL-UBTVQH11", "ordinance-7-2004", "ordinance")]
    # A title between the type and "No." stays part of the mention when a code follows.
    text, key, data = found("the old ordinance on river patrols No. 03/1999/PL-UBTVQH10 was replaced")[0]
    assert (text, key, data["about"]) == ("ordinance on river patrols No. 03/1999/PL-UBTVQH10", "ordinance-3-1999",
                                         "river patrols")


def test_the_president_s_order_and_the_founding_decree():
    assert kinds("Lệnh số 09/2020/L-CTN công bố Luật Biên phòng Việt Nam.")[:1] == [
        ("Lệnh số 09/2020/L-CTN", "order-9-2020", "order")]
    assert kinds("Order No. 09/2020/L-CTN promulgated the law.") == [("Order No. 09/2020/L-CTN", "order-9-2020", "order")]
    # "Sắc lệnh" (1959) and "Decree" are one document in both languages.
    assert kinds("Sắc lệnh số 100/SL ngày 3/3/1959 thành lập lực lượng.") == [("Sắc lệnh số 100/SL", "decree-100", "decree")]
    assert kinds("Decree 100/SL of March 3, 1959 established the force.") == [("Decree 100/SL", "decree-100", "decree")]
    # The ordinary words: an order given, a medal, "in order to".
    for text in ("Theo lệnh của chỉ huy, đơn vị xuất quân.", "Thực hiện lệnh số 5 của Tư lệnh, họ đi.",
                 "He received the Order of Labour, Third Class.", "In order 2 boats left."):
        assert kinds(text) == [], text


def test_circulars():
    assert kinds("Circular No. 45/2021/TT-BQP took effect") == [("Circular No. 45/2021/TT-BQP", "circular-45-2021", "circular")]
    assert kinds("Thông tư số 45/2021/TT-BQP có hiệu lực") == [("Thông tư số 45/2021/TT-BQP", "circular-45-2021", "circular")]
    assert kinds("Thông tư liên tịch số 8/2020/TTLT-BQP-BCA")[0][1:] == ("circular-8-2020", "circular")


def test_instructions_need_a_number_sign_or_a_code():
    assert kinds("Instruction No. 27/HD-BCH was sent") == [("Instruction No. 27/HD-BCH", "instruction-27", "instruction")]
    assert kinds("Đơn vị thực hiện Hướng dẫn số 27/HD-BCH") == [("Hướng dẫn số 27/HD-BCH", "instruction-27", "instruction")]
    assert kinds("Hướng dẫn 30 hộ dân trồng quế. The instruction 4 times repeated.") == []


def test_official_letters_and_dispatches():
    assert kinds("Official Letter No. 2210/BQP-TM asked units to report") == [
        ("Official Letter No. 2210/BQP-TM", "official-letter-2210", "official-letter")]
    assert kinds("Công văn số 318/UBND-NC yêu cầu các xã báo cáo") == [
        ("Công văn số 318/UBND-NC", "official-letter-318", "official-letter")]
    assert [k for _, k, _ in kinds("Official Dispatch No. 45/CĐ-TTg; Công điện số 45/CĐ-TTg")] == [
        "official-letter-45"] * 2


def test_decrees_fold_nd_and_nđ():
    keys = [k for _, k, _ in kinds("Decree 118/2016/ND-CP, Nghị định số 118/2016/NĐ-CP, Nghị định 118/2016/ND-CP")]
    assert keys == ["decree-118-2016"] * 3


def test_decisions_and_number_forms():
    assert [k for _, k, _ in kinds("Quyết định số 1561/QĐ-TTg and Decision No. 1561/QĐ-TTg")] == ["decision-1561"] * 2
    texts = ["Resolution No.42-NQ/TW", "Nghị quyết số 42-NQ/TW", "Resolution 42/NQ-TW", "theo nghị quyết số 42-NQ/TW",
             "under resolution 42-NQ/TW", "the goals of No. 42-NQ/TW", "mục tiêu của số 42-NQ/TW", "chapter two of 42-NQ/TW"]
    for text in texts:
        assert [k for _, k, _ in kinds(text)] == ["resolution-42"], text
    assert kinds("theo số 42-NQ/TW")[0][0] == "số 42-NQ/TW"
    # A code with its year joined by a hyphen.
    assert kinds("Thông tư 2866/1998-TT-BQP")[0][1] == "circular-2866-1998"


def test_subject_ends_where_the_next_document_starts():
    data = [x for _, _, x in found("Decree 12/2018/ND-CP on border gate management and Circular 9/2019/TT-BQP on patrol duty.")]
    assert [d["about"] for d in data] == ["border gate management", "patrol duty"]
    data = [x for _, _, x in found("Nghị định số 12/2018/NĐ-CP về quản lý cửa khẩu và Thông tư số 9/2019/TT-BQP về tuần tra.")]
    assert [d["about"] for d in data] == ["quản lý cửa khẩu", "tuần tra"]
    # In a long sentence the subject ends at the first comma.
    long = "Resolution No. 8-NQ/TW of the Politburo on river guard posts, " + "the units then trained hard " * 10 + "."
    assert found(long)[0][2]["about"] == "river guard posts"


STRATEGY = DocumentAlias("river-strategy", "River Border Strategy", "strategy", ("Chiến lược biên giới sông",), None, 2)
RIVER_TREATY = DocumentAlias("river-treaty", "River Boundary Treaty between Vietnam and Laos", "treaty",
                             ("Vietnam-Laos River Boundary Treaty", "Hiệp ước biên giới sông Việt Nam - Lào"), None, 3)
GATE_LAW = DocumentAlias("law-on-border-gates", "Law on Vietnam Border Gates", "law",
                         ("Luật Cửa khẩu biên giới", "Luật Phòng, chống buôn lậu qua biên giới"), "National Assembly", 4,
                         "12/2019/QH14")
RICH = DocumentFinder([LAW, STRATEGY, RIVER_TREATY, GATE_LAW])


def test_a_document_named_as_the_subject_of_another_is_its_subject():
    assert kinds("Resolution No. 8-NQ/TW on the River Border Strategy was reviewed.", RICH) == [
        ("Resolution No. 8-NQ/TW", "resolution-8", "resolution")]
    assert RICH.find("Resolution No. 8-NQ/TW on the River Border Strategy was reviewed.")[0].get("about") == \
        "River Border Strategy"
    assert kinds("Nghị quyết số 8-NQ/TW về Chiến lược biên giới sông", RICH) == [
        ("Nghị quyết số 8-NQ/TW", "resolution-8", "resolution")]
    # Named anywhere else, it is a document of its own.
    assert [k for _, k, _ in kinds("The River Border Strategy and Chiến lược biên giới sông", RICH)] == ["river-strategy"] * 2


def test_shortened_and_reordered_titles_of_a_curated_law():
    for text in ["the Law on Vietnam Border was passed", "the Vietnam Border Gates Law", "the Law on Vietnam Border Gates",
                 "Luật Cửa khẩu biên giới", "the Law on Vietnam Border Gate 2019"]:
        assert [k for _, k, _ in kinds(text, RICH)] == ["law-on-border-gates"], text
    # Too short to tell two curated laws apart: another law, not a guess.
    assert [k for _, k, _ in kinds("the Law on Border Posts and the Law on Vietnam", RICH)] == ["law-on-border-posts",
                                                                                              "law-vietnam"]
    # Numbered, it is the same law.
    assert kinds("Law No. 12/2019/QH14", RICH) == [("Law No. 12/2019/QH14", "law-on-border-gates", "law")]
    assert kinds("Luật số 12/2019/QH14", RICH)[0][1] == "law-on-border-gates"


def test_british_and_american_spellings_and_years_after_titles():
    defence = DocumentFinder([DocumentAlias("law-on-defence", "Law on River Defence", "law", ("Luật Phòng thủ sông",), None, 1)])
    assert [x.text for x in defence.find("the Law on River Defense 2018 and Luật Phòng thủ sông năm 2018 apply")] == [
        "Law on River Defense 2018", "Luật Phòng thủ sông năm 2018"]
    assert {x.key for x in defence.find("the Law on River Defense 2018 and Luật Phòng thủ sông năm 2018")} == {"law-on-defence"}
    assert [x.text for x in defence.find("Under the 2018 Law on River Defence, posts patrol")] == ["2018 Law on River Defence"]
    assert [x.text for x in defence.find("In May 2018 Law on River Defence rules changed")] == ["Law on River Defence"]


def test_titles_with_a_comma():
    assert [(x.text, x.key) for x in RICH.find("theo Luật Phòng, chống buôn lậu qua biên giới, các đồn tăng cường")] == [
        ("Luật Phòng, chống buôn lậu qua biên giới", "law-on-border-gates")]
    # Elsewhere a comma still ends a title.
    assert [x.text for x in RICH.find("Luật Cửa khẩu biên giới, Luật Phòng")] == ["Luật Cửa khẩu biên giới"]
    assert RICH.find("Đội Phòng, chống buôn lậu qua biên giới của tỉnh") == []  # a unit, not the law


def test_treaties_and_agreements_by_name():
    assert [k for _, k, _ in kinds("the Vietnam-Laos River Boundary Treaty; Hiệp ước biên giới sông Việt Nam - Lào", RICH)] \
        == ["river-treaty"] * 2
    # A shorter title whose words belong to the curated treaty alone, with its year.
    assert kinds("the 1977 River Boundary Treaty was signed", RICH) == [("1977 River Boundary Treaty", "river-treaty", "treaty")]
    # Titles that are clearly names, uncurated.
    assert kinds("the 2012 Maritime Search Cooperation Agreement came into force") == [
        ("2012 Maritime Search Cooperation Agreement", "agreement-maritime-search-cooperation-2012", "agreement")]
    assert kinds("under the Agreement on Joint Fishing Zones, boats") == [
        ("Agreement on Joint Fishing Zones", "agreement-joint-fishing-zone", "agreement")]
    assert kinds("The Agreement on the plan was reached. Both sides signed an agreement on trade. The Treaty holds.") == []
    assert kinds("Hiệp định số 12 được ký kết")[0][1:] == ("agreement-12", "agreement")
    assert kinds("Hai bên ký hiệp định 12 năm trước") == []


def test_not_documents_either_language():
    for text in ["The Plan 2025 targets were met.", "the decree was praised", "Kế hoạch năm 2025 đã hoàn thành",
                 "Resolution 1,000 billion VND", "Decision 2.500 households", "Plan 80% done", "Kế hoạch 5 năm tới",
                 "Chương trình 3 tháng", "hotline 0912 345 678, số điện thoại 0912345678", "ngày 2/9/2024, 15/3, 3/2024",
                 "Kế hoạch 15/3 của xã", "quyết định 5 người", "a plan 12 km long", "the border guard law enforcement team",
                 "Kế hoạch 2021-2025 và giai đoạn 2026-2030", "số 5/2024 của tạp chí", "the 2024 agreement"]:
        assert FINDER.find(text) == [], text


def test_dated_directive_in_vietnamese_is_not_a_count():
    text, key, data = found("Chỉ thị 01 ngày 9/1/2015 của Thủ tướng Chính phủ")[0]
    assert (text, key, data["date"]) == ("Chỉ thị 01", "directive-1", "2015-01-09")


def test_number_field_is_validated(tmp_path):
    path = tmp_path / "documents.yml"
    path.write_text("- id: good\n  name: Good Law\n  type: law\n  number: 5/2020/QH14\n"
                    "- id: bad\n  name: Bad Law\n  type: law\n  number: soon\n", encoding="utf-8")
    aliases, problems = load_document_aliases(path, "documents.yml")
    assert [a.id for a in aliases] == ["good"] and aliases[0].number == "5/2020/QH14"
    assert str(problems[0]).startswith("documents.yml:5: error: field 'number'")


def test_curated_laws_and_treaties_in_both_languages():
    root = Path(__file__).parent.parent
    finder = DocumentFinder(load_document_aliases(root / "seeds" / "_data" / "documents.yml")[0])

    def keys(text):
        return [x.key for x in finder.find(text)]

    pairs = [
        ("the Law on Vietnam Border Guard 2020", "Luật Biên phòng Việt Nam năm 2020", "law-on-vietnam-border-guard"),
        ("the Law on Vietnam Border", "Luật Biên phòng", "law-on-vietnam-border-guard"),
        ("the Law on National Border 2003", "Luật Biên giới quốc gia năm 2003", "law-on-national-border"),
        ("the Law on National Defense", "Luật Quốc phòng năm 2018", "law-on-national-defence"),
        ("the Law on Drug Prevention and Control", "Luật Phòng, chống ma túy năm 2021", "law-on-drug-prevention-and-control"),
        ("the Law on Militia and Self-Defense Forces", "Luật Dân quân tự vệ", "law-on-militia-and-self-defence-forces"),
        ("the Law on Vietnam Coast Guard", "Luật Cảnh sát biển Việt Nam", "law-on-vietnam-coast-guard"),
        ("the Law of the Sea of Vietnam 2012", "Luật Biển Việt Nam", "law-of-the-sea-of-vietnam"),
        ("the Vietnam-China Land Border Treaty", "Hiệp ước biên giới trên đất liền Việt Nam - Trung Quốc",
         "vietnam-china-land-border-treaty"),
        ("the 1982 United Nations Convention on the Law of the Sea", "Công ước Liên hợp quốc về Luật Biển năm 1982", "unclos"),
    ]
    for english, vietnamese, key in pairs:
        assert keys(english) == [key], english
        assert keys(vietnamese) == [key], vietnamese
    assert keys("Law No. 66/2020/QH14") == ["law-on-vietnam-border-guard"]


RIVER_AGREEMENT = DocumentAlias("river-patrol-agreement", "Agreement on River Patrol Regulations between Vietnam and Laos",
                                "agreement", ("Hiệp định về Quy chế tuần tra sông Việt Nam - Lào",), None, 5)
SEA_AGREEMENT = DocumentAlias("sea-patrol-agreement", "Agreement on Sea Patrol Regulations", "agreement",
                              ("Hiệp định về Quy chế tuần tra biển Việt Nam - Campuchia",), None, 6)
PATROLS = DocumentFinder([RIVER_AGREEMENT, SEA_AGREEMENT, GATE_LAW])


def test_vietnamese_titles_written_shorter_or_without_ve():
    def vi(text):
        return [(x.text, x.key) for x in PATROLS.find(text)]

    # "về" after the type word may be left out.
    assert vi("Hai bên thực hiện Hiệp định Quy chế tuần tra sông Việt Nam-Lào.") == [
        ("Hiệp định Quy chế tuần tra sông Việt Nam-Lào", "river-patrol-agreement")]
    # A title that stops early names the one curated document it begins...
    assert vi("Người dân chấp hành Hiệp định về quy chế tuần tra sông, giữ gìn mốc.") == [
        ("Hiệp định về quy chế tuần tra sông", "river-patrol-agreement")]
    assert vi("Luật Cửa khẩu và các nghị định") == [("Luật Cửa khẩu", "law-on-border-gates")]
    # ...or, begun by several, is a document of its own.
    assert vi("Người dân chấp hành Hiệp định về quy chế tuần tra. Đồn tổ chức") == [
        ("Hiệp định về quy chế tuần tra", "agreement-ve-quy-che-tuan-tra")]
    # It does not stop in the middle of another title, nor after a type word and one word.
    # (a longer title is another law, outside the curated list)
    assert vi("Luật Cửa khẩu quốc tế mới được thông qua; Luật Cửa rồi") == [("Luật Cửa khẩu quốc tế", "law-cua-khau-quoc-te")]
    # English titles written shorter are tested above; this is their Vietnamese counterpart.
    assert [x.key for x in PATROLS.find("the Agreement on River Patrol Regulations")] == ["river-patrol-agreement"]


def test_notices_submissions_and_telegrams_by_their_codes():
    text = "Theo Thông báo số 12/TB-VPCP, Tờ trình số 3/TTr-UBND và Telegram 1280/CD-TTg."
    assert [(x.text, x.key) for x in FINDER.find(text)] == [
        ("Thông báo số 12/TB-VPCP", "notice-12"), ("Tờ trình số 3/TTr-UBND", "submission-3"),
        ("Telegram 1280/CD-TTg", "official-letter-1280")]


def test_vietnamese_agreements_and_treaties_named_in_sentence_case():
    finder = DocumentFinder()
    text = ("Hai bên thực hiện Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới đất liền giữa hai nước "
            "và Thỏa thuận giải quyết vấn đề di cư tự do và kết hôn không giá thú trong vùng biên giới được ký năm 2013. "
            "Hiệp định này có hiệu lực.")
    found = [(x.text, x.get("type")) for x in finder.find(text)]
    assert found == [("Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới đất liền", "agreement"),
                     # "trong" (in) ends a title: the rest may be the sentence's ("… trong thời gian tới")
                     ("Thỏa thuận giải quyết vấn đề di cư tự do và kết hôn không giá thú", "agreement")]


def test_a_project_numbered_in_both_languages():
    text = "Căn cứ Đề án số 12/ĐA-BCH, đơn vị xây dựng đề án mới. Under Project No. 06/DA-UBND the work began."
    found = [(x.text, x.get("type")) for x in FINDER.find(text)]
    assert found == [("Đề án số 12/ĐA-BCH", "project"), ("Project No. 06/DA-UBND", "project")]


def test_a_code_written_with_spaces_around_its_dash():
    found = [(x.text, x.get("code")) for x in FINDER.find("Thực hiện đề án 3303/QĐ - UB và Decision 45/QD - TTg. Resolution 33 - The plan.")]
    assert found[:2] == [("đề án 3303/QĐ - UB", "3303/QĐ-UB"), ("Decision 45/QD - TTg", "45/QD-TTg")]  # the code closed up
    assert ("Resolution 33", None) in found or all("The" not in text for text, _ in found)


def test_a_long_vietnamese_agreement_title_is_kept_whole():
    title = ("Thỏa thuận giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa dân chủ nhân dân "
             "Lào về việc giải quyết vấn đề người di cư tự do")
    found = PATROLS.find(f"Hai bên thực hiện {title}. Đồn đã tuyên truyền.")
    assert [x.text for x in found] == [title]


def test_a_type_s_abbreviation_before_the_number_and_a_code_with_a_space_after_its_dash():
    text, key, data = found("Chương trình phối hợp (CTPH) số 634/CTPH-CCB-BĐBP được ký năm 2018.")[0]
    assert (key, data["code"]) == ("programme-634", "634/CTPH-CCB-BĐBP")
    text, key, data = found("Quy chế phối hợp Số 105/QC- PH đã thực hiện tốt.")[0]
    assert (text, key, data["code"]) == ("Quy chế phối hợp Số 105/QC- PH", "regulation-105", "105/QC-PH")
    assert found("The Regulation No. 9/QC - BCH applies.")[0][2]["code"] == "9/QC-BCH"


def test_a_decision_s_kind_in_lower_case_before_a_dated_number():
    text, key, data = found("Đối tượng bị truy nã theo Quyết định truy nã số 08 ngày 2/1/2020 của Công an huyện.")[0]
    assert (text, key) == ("Quyết định truy nã số 08", "decision-8")
    text, key, data = found("Theo Quyết định truy nã bị can số 978-60 ngày 10/7/2023 của Cơ quan CSĐT.")[0]
    assert (text, data["code"], data["name"]) == ("Quyết định truy nã bị can số 978-60", "978-60", "Decision No. 978-60")
    assert found("Kế hoạch phối hợp số 5 đơn vị cùng tham gia.") == []  # undated: a count of units


def test_a_title_ends_before_the_month_of_its_date():
    text = ("The two sides signed the Protocol on Border Demarcation and Marker Planting on March 3, 1987, "
            "and a Treaty on the Tri-Junction of the Borders on October 10, 1987.")
    assert [x.text for x in DocumentFinder().find(text)] == [
        "Protocol on Border Demarcation and Marker Planting", "Treaty on the Tri-Junction of the Borders"]
    # in Vietnamese the date follows "ngày", which already ends the title
    assert [x.text for x in DocumentFinder().find("Hai bên ký Nghị định thư về phân giới cắm mốc ngày 3/3/1987.")] == [
        "Nghị định thư về phân giới cắm mốc"]


def test_a_vietnamese_agreement_title_whose_first_activities_are_listed_with_a_comma():
    finder = DocumentFinder()
    text = ("Hai bên thực hiện tốt Hiệp định phân giới, cắm mốc và Hiệp định quản lý, bảo vệ biên giới trên đất liền. "
            "Theo Hiệp định về quy chế biên giới, các bên sẽ tuần tra chung.")
    assert [x.text for x in finder.find(text)] == [
        "Hiệp định phân giới, cắm mốc", "Hiệp định quản lý, bảo vệ biên giới trên đất liền",
        "Hiệp định về quy chế biên giới"]  # a comma after a longer title ends it


def test_numbers_listed_after_a_numbered_document_share_its_type_when_they_share_its_code():
    assert kinds("The province carried out the Prime Minister's decisions 740/TTg of September 6, 1997 on Dong Dang "
                 "and 748/TTg of September 11, 1997 on Mong Cai.") == [
        ("decisions 740/TTg", "decision-740", "decision"), ("748/TTg", "decision-748", "decision")]
    assert kinds("UBND tỉnh ban hành Công văn số 640/UBND-NC ngày 3/4/2020 và 390/UBND-NC về phòng dịch.") == [
        ("Công văn số 640/UBND-NC", "official-letter-640", "official-letter"),
        ("390/UBND-NC", "official-letter-390", "official-letter")]
    # another code, a count, or the next sentence is no second document
    assert [k for _, k, _ in kinds("Công văn 640/UBND-NC có 12 điều và 390/BQP-TM khác; 390 người dự.")] == [
        "official-letter-640"]
    assert [k for _, k, _ in kinds("He signed Decision 740/TTg. And 748/TTg was later.")] == ["decision-740"]


def test_a_list_of_numbers_goes_on_after_a_semicolon_and_a_weak_type_word_with_its_issuer_is_a_document():
    assert [k for _, k, _ in kinds("It carried out decisions 740/TTg of September 6, 1997 on Dong Dang; 748/TTg of "
                                   "September 11, 1997 on border gates; and 53/2001/QD/TTg of April 19, 2001.")] == [
        "decision-740", "decision-748", "decision-53-2001"]
    assert kinds("Các trạm thực hiện nghiêm Quy định 3256 của Bộ Tư lệnh Biên phòng.") == [
        ("Quy định 3256", "regulation-3256", "regulation")]
    assert kinds("Hướng dẫn 20 hộ dân của xã trồng rừng; Quy định 5 năm của Bộ.") == []


def test_the_executive_order_us_cables_cite_is_a_numbered_document():
    assert [(t, k) for t, k, _ in kinds("E.O. 12958: N/A. Under Executive Order 12958 it is classified.")] == [
        ("E.O. 12958", "decree-12958"), ("Executive Order 12958", "decree-12958")]
    assert dict(FINDER.find("E.O. 12958: N/A")[0].data)["name"] == "Executive Order 12958"
    assert kinds("The E.O. said nothing of 12958 cases.") == []


def test_a_law_outside_the_curated_list_by_its_title_in_sentence_case():
    text = ("Theo Luật Bảo vệ và Phát triển rừng năm 2004 và Luật Ban hành văn bản quy phạm pháp luật, Luật Đất đai hiện "
            "hành quy định rõ; Pháp lệnh Phòng, chống thiên tai được tuyên truyền trên cánh rừng biên giới.")
    assert [(written, key) for written, key, _ in found(text)] == [
        ("Luật Bảo vệ và Phát triển rừng năm 2004", "law-bao-ve-va-phat-trien-rung-2004"),
        ("Luật Ban hành văn bản quy phạm pháp luật", "law-ban-hanh-van-ban-quy-pham-phap-luat"),
        ("Luật Đất đai", "law-dat-dai"),
        ("Pháp lệnh Phòng, chống thiên tai", "ordinance-phong-chong-thien-tai")]
    # the sentence around a title is not part of it: a verb, a place, a second law, initials
    for text in ("Luật Biển và các văn bản hướng dẫn.", "Luật BPVN đảm bảo thực hiện.", "luật pháp quốc tế"):
        assert found(text) == [], text
    assert [key for _, key, _ in found("Under the Law on Road Traffic, drivers must stop.")] == ["law-road-traffic"]
    # a "và" that ends a cut-off copy is not the start of a longer title
    assert [written for written, _, _ in found("Theo Luật Đất đai và")] == ["Luật Đất đai"]


def test_an_act_named_by_its_title():
    assert [(written, key) for written, key, _ in found("The US enforces the Trafficking Victims Protection Act of 2000.")] == [
        ("Trafficking Victims Protection Act of 2000", "law-trafficking-victim-protection-2000")]
    assert [(written, key) for written, key, _ in found("Mỹ thực thi Đạo luật Bảo vệ nạn nhân buôn người năm 2000.")] == [
        ("Đạo luật Bảo vệ nạn nhân buôn người năm 2000", "law-bao-ve-nan-nhan-buon-nguoi-2000")]
    for text in ("The Act was passed last year.", "Acting Chairman Nguyen Van A said.", "An act of kindness."):
        assert found(text) == [], text


def test_a_law_outside_the_curated_list_named_before_its_type_word():
    text = "Under the Planning Law and the 2013 Land Law, the Law on Land applies; Luật Đất đai năm 2013 cũng vậy."
    assert [(written, key) for written, key, _ in found(text)] == [
        ("Planning Law", "law-planning"), ("2013 Land Law", "law-land-2013"), ("Law on Land", "law-land"),
        ("Luật Đất đai năm 2013", "law-dat-dai-2013")]
    # a field or a kind of law, or a law named by its type word alone, is no one law
    for text in ("Both sides respect International Law and Martial Law was lifted.", "The new Law took effect."):
        assert found(text) == [], text
