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
