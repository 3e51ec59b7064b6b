"""Dates: exact spans and TIMEX3 values in English and Vietnamese, and what is not a date."""
from __future__ import annotations

from pathlib import Path

import pytest

from docs_gen.extract.dates import event_label, find_dates, reference_year, resolve_partial
from docs_gen.sentences import sentence_span


def values(text: str) -> list[tuple[str, str]]:
    return [(x.text, x.key) for x in find_dates(text)]


@pytest.mark.parametrize("text, expected", [
    ("The post opened on March 14, 2019 near the river.", [("March 14, 2019", "2019-03-14")]),
    ("Signed on August 2nd, 2021.", [("August 2nd, 2021", "2021-08-02")]),
    ("It began on 5 June 2016 at dawn.", [("5 June 2016", "2016-06-05")]),
    ("Signed Sept. 30, 2012 in Hanoi.", [("Sept. 30, 2012", "2012-09-30")]),
    ("Ngày 15/8/2019, đồn tổ chức lễ.", [("15/8/2019", "2019-08-15")]),
    ("Hội nghị diễn ra 3-11-2024 tại xã.", [("3-11-2024", "2024-11-03")]),
    ("Kế hoạch ban hành ngày 7 tháng 12 năm 2023.", [("7 tháng 12 năm 2023", "2023-12-07")]),
    ("The bridge opened in May 2018.", [("May 2018", "2018-05")]),
    ("Công trình khởi công tháng 9/2022.", [("tháng 9/2022", "2022-09")]),
    ("In 2019, the post moved.", [("2019", "2019")]),
    ("Năm 2023 đơn vị đã hoàn thành.", [("2023", "2023")]),
    ("Since 1959 the force has grown.", [("1959", "1959")]),
    ("The plan covers 2026-2030.", [("2026-2030", "2026/2030")]),
    ("for the period 2019 – 2024.", [("2019 – 2024", "2019/2024")]),
    ("between 2016 and 2020 the teams", [("between 2016 and 2020", "2016/2020")]),
    ("from 2011 to 2015 it ran", [("from 2011 to 2015", "2011/2015")]),
    ("giai đoạn 2021-2025 và nhiệm kỳ 2020-2025", [("2021-2025", "2021/2025"), ("2020-2025", "2020/2025")]),
    ("từ năm 2018 đến năm 2022", [("từ năm 2018 đến năm 2022", "2018/2022")]),
    ("Sáng 9/3, đoàn công tác lên đồn.", [("9/3", "XXXX-03-09")]),
    ("This morning (April 30), soldiers marched.", [("April 30", "XXXX-04-30")]),
    ("Held on May 19 each year.", [("May 19 each year", "--05-19")]),
    ("Ngày 3/3 hằng năm là ngày truyền thống.", [("3/3 hằng năm", "--03-03")]),
    ("(June 1, 1945 - June 1, 2025)", [("June 1, 1945", "1945-06-01"), ("June 1, 2025", "2025-06-01")]),
])
def test_dates_found_with_exact_spans(text, expected):
    assert values(text) == expected
    for mention in find_dates(text):
        assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text", [
    "They built 2025 houses for poor families.",
    "2,550 party members and 2,686 safe boat teams",
    "Plan No. 111 and Conclusion No. 68-KL/TW and Resolution 33-NQ/TW",
    "Decree 02/2016/NĐ-CP governs it.",
    "over 94% of the border; 555 cadres; 1,000 students",
    "Military Region 1 and the 13th Congress",
    "Half of them (1/2 of the village) and 24/7 patrols",
    "The date 31/2/2020 does not exist, nor does 12/13/2020.",
])
def test_numbers_that_only_look_like_dates(text):
    assert values(text) == []


def test_a_full_date_span_also_marks_the_period():
    first, second = find_dates("(June 1, 1945 - June 1, 2025)")
    assert first.get("range") == second.get("range") == "1945-06-01/2025-06-01"


def test_reference_year():
    assert reference_year(["Preparing for the Lunar New Year 2026, officers met."]) == 2026
    assert reference_year(["Sang năm 2024, đơn vị đề ra nhiệm vụ."]) == 2024
    assert reference_year(["The 2015 directive and the 2018 resolution were cited."]) is None
    assert reference_year(["Tết 2025 came.", "2024 is a year of change."]) is None  # disagreeing signals
    # Each cue, and blocks the cheap gate passes or skips (a cue word without a year, a year without one).
    assert reference_year(["Đón Tết Nguyên đán Ất Tỵ 2025 an toàn."]) == 2025
    assert reference_year(["Chào Xuân 2025.", "Năm nay nhiều việc.", "Kế hoạch 2025 đã xong."]) == 2025
    assert reference_year(["Bước sang năm 2026, lực lượng mới."]) == 2026
    assert reference_year(["This year 2025 matters.", "New Year 2025 came."]) == 2025
    assert reference_year(["2026 will be the year of the border."]) == 2026
    assert reference_year(["A year of work.", "In 2025 they met."]) is None


def test_sentences_end_at_stops_semicolons_and_lines_but_not_abbreviations():
    text = "Mr. Lam came... Then he left! Plan No. 7; next part\nNew line? \"Quoted.\" (Yes) end"
    cuts = [sentence_span(text, i, i + 1) for i in (0, 16, 30, 46, 56, 67, 80)]
    assert [text[left:right] for left, right in cuts] == [
        "Mr. Lam came.", "Then he left!", "Plan No. 7", "next part", "New line?", '"Quoted.', "(Yes) end"]


def test_resolve_partial_marks_inference():
    partial = find_dates("chiều 22/1, Tổng Bí thư")[0]
    placed = resolve_partial(partial, 2025)
    assert placed.key == "2025-01-22" and placed.get("value") == "2025-01-22"
    assert placed.get("type") == "date" and placed.get("inferred") == "true"


def test_event_label_is_the_sentence_cut_at_words():
    text = "A short opener. Plan No. 7 dated May 2, 2024 of the commune aims to repair roads. Another sentence."
    label = event_label(text, find_dates(text)[0])
    assert label == "Plan No. 7 dated May 2, 2024 of the commune aims to repair roads."
    long_text = "Word " * 100 + "on May 2, 2024 " + "word " * 100
    label = event_label(long_text, find_dates(long_text)[0], limit=80)
    assert len(label) <= 82 and "May 2, 2024" in label and label.startswith("…")


def test_seed_dates():
    seeds = Path(__file__).parent.parent / "seeds"

    def found(prefix):
        text = next(seeds.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
        return {x.key for line in text.splitlines() for x in find_dates(line)}, text

    keys, text = found("000")
    # "This afternoon (January 22)" takes 2025 from "the Lunar New Year 2025" later in its sentence.
    assert {"1930-02-03", "2025-02-03", "2025-01-22"} <= keys and reference_year(text.splitlines()) == 2025
    keys, text = found("002")
    assert {"2020-02-05", "2015-01-09", "2020/2025", "2021/2025", "2021/2027", "2025/2030", "2024/2025", "--03-03"} <= keys
    assert not any(k.startswith(("2550", "2686", "0555")) for k in keys)
    keys, text = found("003")
    assert "XXXX-01-22" in keys and reference_year(text.splitlines()) == 2025
