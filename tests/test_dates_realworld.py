"""Dates as published articles write them, in both languages: one test per failure class found on
articles the rules were not written for (spans, day-month forms, yearly days, years from context,
datelines, birth years), and the numbers that must stay numbers. Every sentence here is made up."""
from __future__ import annotations

import gc
import re
import time

import pytest

from docs_gen import models as m
from docs_gen.extract.dates import closest_year, dateline, dateline_in, find_dates
from docs_gen.read import read_article
from docs_gen.timeline import build_timeline, sort_value


def found(text: str) -> list[tuple[str, str, str]]:
    """(words, value, type) of each date in `text`, checking that every span is exact."""
    out = []
    for x in find_dates(text):
        assert text[x.start:x.end] == x.text and x.key == x.get("value")
        out.append((x.text, x.key, x.get("type")))
    return out


def values(text: str) -> list[str]:
    return [value for _, value, _ in found(text)]


def timeline_of(*paragraphs: str, date: str | None = None):
    blocks = tuple(m.Block(m.PARAGRAPH, text, i + 1, f"p-{i + 1}") for i, text in enumerate(paragraphs))
    article = m.Article("a", "a.txt", "A", False, "en", date, None, None, None, blocks)
    mentions = {"a": tuple((i, x) for i, b in enumerate(blocks) for x in find_dates(b.text))}
    return build_timeline([article], mentions, {})


# --- Periods whose end is only a year, and periods written with two full dates ----------------------

@pytest.mark.parametrize("text, start, span", [
    ("The school marked its jubilee (March 8, 1925 - 2025) with a parade.", "1925-03-08", "1925-03-08/2025"),
    ("Lễ kỷ niệm 70 năm thành lập trường (15/10/1955 - 2025) diễn ra sáng nay.", "1955-10-15", "1955-10-15/2025"),
])
def test_an_anniversary_whose_end_is_a_year_is_one_period(text, start, span):
    dates = find_dates(text)
    assert [(x.key, x.get("type"), x.get("range")) for x in dates] == [(start, "date", span)]
    placed, _ = timeline_of(text)
    assert {(e.value, e.type) for e in placed} == {(start, "date"), (span, "range")}  # no event for the year alone


@pytest.mark.parametrize("text, first, second", [
    ("Kỷ niệm ngày ký hiệp định (3/7/1995 - 3/7/2025).", "3/7/1995", "3/7/2025"),
    ("Kỷ niệm ngày ký hiệp định (3-7-1995 - 3-7-2025).", "3-7-1995", "3-7-2025"),
    ("Ba mươi năm quan hệ (3-7-1995/3-7-2025) được ôn lại.", "3-7-1995", "3-7-2025"),
    ("The pact was honoured (3/7/1995 - 3/7/2025) by both sides.", "3/7/1995", "3/7/2025"),
])
def test_two_full_dates_joined_by_a_dash_or_a_slash_are_a_period_with_both_ends(text, first, second):
    dates = find_dates(text)
    assert [x.text for x in dates] == [first, second]
    assert [x.key for x in dates] == ["1995-07-03", "2025-07-03"]
    assert {x.get("range") for x in dates} == {"1995-07-03/2025-07-03"}


# --- Spans of days -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, value", [
    ("Từ ngày 12 đến 15/8, hội thao được tổ chức tại đồn.", "12 đến 15/8", "XXXX-08-12/XXXX-08-15"),
    ("Hội thao diễn ra 12 - 15/8 tại sân đồn.", "12 - 15/8", "XXXX-08-12/XXXX-08-15"),
    ("12 - 15/8", "12 - 15/8", "XXXX-08-12/XXXX-08-15"),
    ("Trong hai ngày 4 - 5.9, các đội thi bắn.", "4 - 5.9", "XXXX-09-04/XXXX-09-05"),
    ("Đoàn làm việc từ ngày 20 đến 21-11 tại xã.", "20 đến 21-11", "XXXX-11-20/XXXX-11-21"),
    ("Hội thao diễn ra từ ngày 12 đến 15/8/2024.", "12 đến 15/8/2024", "2024-08-12/2024-08-15"),
    ("The drills ran August 12-15 near the river.", "August 12-15", "XXXX-08-12/XXXX-08-15"),
    ("The drills ran from 12 to 15 August 2024.", "12 to 15 August 2024", "2024-08-12/2024-08-15"),
    # two days in a row are a span too
    ("Ngày 10 và 11/7, hai đoàn hội đàm tại cửa khẩu.", "10 và 11/7", "XXXX-07-10/XXXX-07-11"),
    ("On May 10 and 11, the two delegations met at the gate.", "May 10 and 11", "XXXX-05-10/XXXX-05-11"),
])
def test_a_span_of_days_in_one_month(text, words, value):
    assert found(text) == [(words, value, "range" if value[0].isdigit() else "partial")]


@pytest.mark.parametrize("text, value", [
    ("Năm 2024, hội thao diễn ra từ ngày 12 đến 15/8 tại đồn.", "2024-08-12/2024-08-15"),
    ("In 2023 the drills ran on August 12-15 along the border.", "2023-08-12/2023-08-15"),
])
def test_a_span_of_days_takes_the_year_of_its_sentence(text, value):
    assert values(text)[-1] == value


@pytest.mark.parametrize("text, ends, span", [
    ("Lớp học kéo dài từ ngày 28/12 đến ngày 3/1/2025.", ["2024-12-28", "2025-01-03"], "2024-12-28/2025-01-03"),
    ("Classes ran from December 28 to January 3, 2025 in the hamlet.", ["2024-12-28", "2025-01-03"],
     "2024-12-28/2025-01-03"),
    ("Lớp học kéo dài từ ngày 28/12/2024 đến ngày 3/1.", ["2024-12-28", "2025-01-03"], "2024-12-28/2025-01-03"),
    ("Lớp học kéo dài từ ngày 28/12 đến 3/1/2025.", ["2024-12-28", "2025-01-03"], "2024-12-28/2025-01-03"),
    ("Hội chợ mở cửa ngày 2/3-5/3 tại chợ biên giới.", ["XXXX-03-02", "XXXX-03-05"], "XXXX-03-02/XXXX-03-05"),
    ("The fair ran from March 2 to March 5 at the border market.", ["XXXX-03-02", "XXXX-03-05"], "XXXX-03-02/XXXX-03-05"),
])
def test_a_span_across_months_takes_the_year_of_its_dated_end(text, ends, span):
    dates = find_dates(text)
    assert [x.key for x in dates] == ends and {x.get("range") for x in dates} == {span}


def test_a_span_of_days_without_a_year_is_placed_by_the_timeline():
    placed, undated = timeline_of("Hội thao diễn ra 12 - 15/8 tại sân đồn.", date="2024-09-01")
    assert [(e.value, e.type, e.inferred) for e in placed] == [("2024-08-12/2024-08-15", "range", True)]
    assert not undated
    _, undated = timeline_of("Hội thao diễn ra 12 - 15/8 tại sân đồn.")
    assert [e.value for e in undated] == ["XXXX-08-12/XXXX-08-15"]


def test_a_ratio_is_not_a_span_of_days():
    assert values("Năng suất tăng 2 - 3.5 lần so với trước.") == []
    assert values("Output rose 2 - 3.5 times in a year.") == []
    assert values("Tổ 10 và 11/7 hộ dân đã nhận quà.") == []  # no "ngày": team 10, and 11 of 7 households
    assert "XXXX-07-10/XXXX-07-15" not in values("Ngày 10 và 15/7, hai đoàn gặp nhau.")  # two days, not a span


# --- Day and month forms -------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, value", [
    ("Ngày 2-3, đoàn công tác lên bản.", "2-3", "XXXX-03-02"),
    ("Sáng 18-1, các chiến sĩ ra quân.", "18-1", "XXXX-01-18"),
    ("Chiều 28.8, đồn tổ chức lễ ra mắt.", "28.8", "XXXX-08-28"),
    ("Hôm nay (2/3), các đội tuần tra xuất phát.", "2/3", "XXXX-03-02"),
    ("Thứ Năm (2/10), đoàn đến đồn.", "2/10", "XXXX-10-02"),
    ("Đoàn sẽ quay lại vào ngày 2/3 tới.", "2/3", "XXXX-03-02"),
    ("Today (March 2), the patrols set out.", "March 2", "XXXX-03-02"),
    ("The team will come back on March 2 to the post.", "March 2", "XXXX-03-02"),
    ("Trước đó, 17/4, đồn nhận được tin báo.", "17/4", "XXXX-04-17"),
    ("Dự kiến đến 30/4 sẽ hoàn thành việc cắm mốc.", "30/4", "XXXX-04-30"),
    ("On the morning of 3/8, the boy was driven to school.", "3/8", "XXXX-08-03"),
    ("The road has been closed since 12/9 because of landslides.", "12/9", "XXXX-09-12"),
])
def test_a_day_and_month_without_a_year(text, words, value):
    assert found(text) == [(words, value, "partial")]


@pytest.mark.parametrize("text", [
    "Mỗi ngày 2-3 lần, tổ tuần tra đi qua bản.",
    "Một ngày 2-3 chuyến xe chạy qua cửa khẩu.",  # a count of trips in a day: the guard words
    "Ngày 2-3 giờ đồng hồ được dành cho tuần tra.",
    "Patrols pass 2-3 times a day.",
    "Từ 2/3 đến 1/2 số hộ trong bản đã thoát nghèo.",  # shares of a whole, after a word for when
    "By 2/3 of the votes, the plan was passed.",
])
def test_counts_a_day_are_not_dates(text):
    assert all(value != "XXXX-03-02" for value in values(text))


# --- Years and spans of years --------------------------------------------------------------------

@pytest.mark.parametrize("text, words, value", [
    ("The pilot ran from 2016 to 2021 in three districts.", "from 2016 to 2021", "2016/2021"),
    ("From 2016 to 2021, the pilot ran in three districts.", "From 2016 to 2021", "2016/2021"),
    ("Between 1998 and 2002 the road was rebuilt.", "Between 1998 and 2002", "1998/2002"),
    ("The 2021 - 2025 plan was adopted.", "2021 - 2025", "2021/2025"),
    ("Kế hoạch giai đoạn 2021-2025 đã được thông qua.", "2021-2025", "2021/2025"),
    ("Chương trình chạy từ năm 2016 đến năm 2021 ở ba huyện.", "từ năm 2016 đến năm 2021", "2016/2021"),
    ("Nhiệm kỳ 2020 – 2025 khép lại.", "2020 – 2025", "2020/2025"),
])
def test_spans_of_years(text, words, value):
    assert found(text) == [(words, value, "range")]


@pytest.mark.parametrize("text, words, value", [
    ("Chỉ 05 tháng đầu năm 2019, đơn vị bắt giữ 7 vụ.", "05 tháng đầu năm 2019", "2019-01/2019-05"),
    ("Phương hướng 6 tháng đầu năm 2024 đã được thống nhất.", "6 tháng đầu năm 2024", "2024-H1"),
    ("Kết quả quý I/2024 được báo cáo.", "quý I/2024", "2024-Q1"),
    ("Results for the first half of 2024 were reported.", "first half of 2024", "2024-H1"),
    ("In the first five months of 2019, seven cases were found.", "first five months of 2019", "2019-01/2019-05"),
    ("Trong 3 tháng cuối năm 2023, đồn tổ chức 4 đợt.", "3 tháng cuối năm 2023", "2023-Q4"),
])
def test_parts_of_a_year(text, words, value):
    assert found(text) == [(words, value, "range")]
    assert sort_value("2024-H2") == "2024-07" and sort_value("2024-Q1") == "2024-01"


@pytest.mark.parametrize("text, expected", [
    ("Between June and August 2021, 100 people crossed illegally.",
     [("Between June and August 2021", "2021-06/2021-08", "range")]),
    ("Between June and August, 100 people crossed illegally.", [("Between June and August", "XXXX-06/XXXX-08", "partial")]),
    ("They moved to the station in July, 12 km away.", [("July", "XXXX-07", "partial")]),
    ("Đồn chuyển về xã mới trong tháng 7, cách 12 km.", [("tháng 7", "XXXX-07", "partial")]),
    ("Tháng 7, đồn chuyển về xã mới cách 12 km.", [("Tháng 7", "XXXX-07", "partial")]),
    ("Tháng 2/2016, đồn chuyển về xã mới.", [("Tháng 2/2016", "2016-02", "month")]),
    ("In February 2016 the post moved.", [("February 2016", "2016-02", "month")]),
    ("Từ tháng 3 đến tháng 5, 12 tổ đi tuần.", [("tháng 3", "XXXX-03", "partial"), ("tháng 5", "XXXX-05", "partial")]),
])
def test_months_without_a_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, value", [
    ("Tết 2026 is near; the “Border Spring” 2026 programme began.", "2026"),
    ("Chương trình Giao lưu hữu nghị Việt Nam - Lào 2019, diễn ra tại đồn.", "2019"),
])
def test_the_year_of_a_named_programme(text, value):
    assert value in values(text)


# --- Days kept every year ------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("June 1 became the day of the children of the border.", "--06-01"),
    ("Every year on June 1, the post holds a party for pupils.", "--06-01"),
    ("Each year on 19 May the village lays flowers.", "--05-19"),
    ("Ngày 1/6 hằng năm, đồn tặng quà cho các cháu.", "--06-01"),
    ("Hằng năm, ngày 1/6 là dịp các cháu được tặng quà.", "--06-01"),
    ("Tỉnh lấy ngày 3/3 làm Ngày hội biên giới của mình.", "--03-03"),
    ("Ngày 3-3 hằng năm là ngày truyền thống của đơn vị.", "--03-03"),
    ("Ngày 22/12 đã trở thành ngày hội của cả bản.", "--12-22"),
])
def test_days_kept_every_year(text, value):
    assert [(v, t) for _, v, t in found(text)] == [(value, "recurring")]


def test_a_day_kept_every_year_is_on_the_timeline_without_a_year():
    placed, _ = timeline_of("Ngày 1/6 hằng năm, đồn tặng quà cho các cháu.", date="2025-06-02")
    assert [(e.value, e.type, e.inferred) for e in placed] == [("--06-01", "recurring", False)]


# --- The year of a day without one ---------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # earlier in the sentence
    ("In 2019 the post moved, and on June 5 it opened a school.", "2019-06-05"),
    ("Năm 2019 đồn chuyển về xã mới và ngày 5/6 khai giảng lớp học.", "2019-06-05"),
    # earlier in the paragraph
    ("In 2019 the post moved. On June 5 it opened a school.", "2019-06-05"),
    ("Năm 2019 đồn chuyển về xã mới. Sáng 5/6, lớp học khai giảng.", "2019-06-05"),
    # the one bare year later in the sentence
    ("On June 5, the Spring Friendship Year 2024 programme opened.", "2024-06-05"),
    ("Sáng 5/6, chương trình “Xuân ấm biên cương” năm 2024 khai mạc.", "2024-06-05"),
])
def test_a_day_takes_the_year_its_sentence_or_paragraph_states(text, value):
    dates = find_dates(text)
    day = next(x for x in dates if x.key.endswith("06-05"))
    # the year is read from the text, though not written with the day: the value is marked inferred
    assert (day.key, day.get("type"), day.get("inferred")) == (value, "date", "true")
    placed, _ = timeline_of(text, date="2030-01-01")  # the text's year wins over the article's
    assert (value, True) in [(e.value, e.inferred) for e in placed]


@pytest.mark.parametrize("text", [
    # a later full date is another event: a document's date
    "On June 5, the ministry met to apply Directive No. 01 dated January 9, 2015 in full.",
    "Sáng 5/6, Bộ họp triển khai Chỉ thị số 01 ngày 9/1/2015 của Thủ tướng.",
    # later years that disagree
    "Chiều 5/6, tỉnh tổng kết hợp tác năm 2023 và đề ra phương hướng 6 tháng đầu năm 2024.",
    "On June 5, the province reviewed work in 2023 and set goals for the first half of 2024.",
])
def test_a_day_keeps_no_year_when_its_sentence_does_not_decide_one(text):
    day = next(x for x in find_dates(text) if x.key.endswith("06-05"))
    assert day.key == "XXXX-06-05" and day.get("type") == "partial"


def test_a_day_not_placed_by_its_paragraph_takes_the_article_year_marked_inferred():
    placed, _ = timeline_of("In 2019 the post moved.", "On June 5 it opened a school.", date="2025-06-07")
    day = next(e for e in placed if e.value.endswith("06-05"))
    assert (day.value, day.inferred) == ("2025-06-05", True)
    placed, _ = timeline_of("Năm 2019 đồn chuyển về xã mới.", "Sáng 5/6, lớp học khai giảng.", date="2025-06-07")
    day = next(e for e in placed if e.value.endswith("06-05"))
    assert (day.value, day.inferred) == ("2025-06-05", True)


@pytest.mark.parametrize("article_date, words, value", [
    ("2025-01-03", "Chiều 28/12, đoàn đến bản.", "2024-12-28"),
    ("2025-01-03", "On December 28, the team came.", "2024-12-28"),
    ("2024-12-28", "Sáng 3/1, lớp học sẽ mở.", "2025-01-03"),
    ("2025-06-10", "On June 5, the team came.", "2025-06-05"),
])
def test_the_article_date_places_a_day_in_the_nearest_year(article_date, words, value):
    placed, _ = timeline_of(words, date=article_date)
    assert [(e.value, e.inferred) for e in placed] == [(value, True)]
    assert closest_year(find_dates(words)[0], article_date) == int(value[:4])


# --- Datelines -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("October 2, 2025 - 08:15", "2025-10-02"),
    ("2/10/2025 08:15", "2025-10-02"),
    ("Thứ năm, 2/10/2025 08:15 (GMT+7)", "2025-10-02"),
    ("Thursday, October 2, 2025, 08:15 (GMT+7)", "2025-10-02"),
    ("Cập nhật: 08:15, 02/10/2025", "2025-10-02"),
])
def test_a_line_that_is_a_dateline(line, value):
    assert dateline(line) == value
    assert dateline("Ngày 2/10/2025, đoàn công tác lên đồn.") is None


@pytest.mark.parametrize("text", [
    "Headline about a border post\nOctober 2, 2025 - 08:15\nOn October 1, officers visited the village.\n",
    "Tiêu đề bài về đồn biên phòng\nThứ năm, 2/10/2025 08:15 (GMT+7)\nNgày 1/10, cán bộ đồn thăm bản.\n",
])
def test_a_dateline_at_the_top_is_the_article_date_not_an_event(text):
    article = read_article(text, "a.txt").article
    assert article.date == "2025-10-02"
    assert article.dropped and re.search(r"08:15", article.dropped[-1])
    assert all("08:15" not in b.text for b in article.blocks)
    placed, _ = timeline_of(*(b.text for b in article.blocks), date=article.date)
    assert [(e.value, e.inferred) for e in placed] == [("2025-10-01", True)]


def test_metadata_date_wins_over_a_dateline():
    text = "Headline about a border post\n2/10/2025 08:15\nOfficers visited the village.\n"
    assert read_article(text, "a.txt", "date: 2025-10-05\n").article.date == "2025-10-05"


@pytest.mark.parametrize("text, value", [
    ("Hotline: 0912 000 111 - (024) 3936 0000Thứ ba, 26/09/2023 11:13 GMT+7", "2023-09-26"),
    ("Tin tức - Thứ Năm, 11/07/2019, 13:42 (GMT+7)", "2019-07-11"),
    ("News | June 3, 2019 | 08:48 pm", "2019-06-03"),
])
def test_a_dated_time_within_a_line_is_a_dateline(text, value):
    assert [(v, t) for _, v, t in found(text)] == [(value, "dateline")]
    assert dateline_in(text) == value


def test_an_iso_date_before_the_text_is_the_article_date():
    text = " date 2021-04-05 Officers of the post met villagers on April 4 to plan the harvest.\n"
    article = read_article(text, "a.txt").article
    assert article.date == "2021-04-05" and article.dropped == ("date 2021-04-05",)
    assert article.blocks[0].text.startswith("Officers of the post")


def test_a_dateline_opening_a_paragraph_stays_text_but_is_no_event():
    text = "Thứ hai, 6/10/2025 07:30 Sáng 5/10, đoàn công tác đến đồn."
    assert found(text)[0] == ("Thứ hai, 6/10/2025 07:30", "2025-10-06", "dateline")
    article = read_article(f"Tiêu đề về đồn biên phòng\n{text}\n", "a.txt").article
    assert article.date == "2025-10-06" and article.blocks[0].text == text
    placed, _ = timeline_of(text, date=article.date)
    assert [e.value for e in placed] == ["2025-10-05"]


# --- Birth years ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Li Ming (born in 1990) was stopped at the gate.", "born in 1990"),
    ("Li Ming, born 1990, was stopped at the gate.", "born 1990"),
    ("Li Ming (1990) was stopped at the gate.", "1990"),
    ("Li Ming (1990, a trader from the town) was stopped.", "1990"),
    ("Đối tượng Trần Văn Bảy (SN 1990) bị bắt giữ.", "SN 1990"),
    ("Ông Lò Văn Páo, sinh năm 1990, là già làng.", "sinh năm 1990"),
    ("Đối tượng Trần Văn Bảy (sinh năm 1990, trú tại xã biên giới) bị bắt.", "sinh năm 1990"),
])
def test_a_birth_year_is_an_attribute_not_an_event(text, words):
    dates = find_dates(text)
    assert [(x.text, x.key, x.data) for x in dates] == [(words, "1990", (("value", "1990"), ("type", "birth")))]
    placed, undated = timeline_of(text, date="2025-01-01")
    assert not placed and not undated


@pytest.mark.parametrize("text, value", [
    ("Hơn 30 học sinh năm 2006 đã được nhận học bổng.", "2006"),  # pupils (in) 2006
    ("Liệt sĩ hy sinh năm 1979 tại điểm cao.", "1979"),  # fell in 1979
])
def test_words_ending_in_sinh_are_not_births(text, value):
    assert found(text) == [(value, value, "year")]


@pytest.mark.parametrize("text", [
    "The Law on National Defence (2018) applies.",
    "Luật Biên phòng Việt Nam (2020) có hiệu lực.",
    "Signed at the Border Conference (2019) in the city.",
])
def test_a_year_in_brackets_after_a_title_is_no_birth(text):
    assert all(x.get("type") != "birth" for x in find_dates(text))


# --- Numbers that are not dates ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "They built 2025 houses for 1990 households.",
    "Đơn vị xây 2025 căn nhà cho hộ nghèo.",
    "Ordinance No. 05/2001/PL-UBTVQH10 and Resolution 33-NQ/TW were cited.",
    "Pháp lệnh số 05/2001/PL-UBTVQH10 và Quyết định 1990/QĐ-TTg được nêu.",
    "The meeting began at 08:15 and ended at 11:30.",
    "Cuộc họp bắt đầu lúc 08:15 và kết thúc lúc 11:30.",
    "The home side won 3-1 and then 2 - 1.",
    "Đội nhà thắng 3-1 và sau đó 2 - 1.",
    "The fund raised 2,025 USD and 1.990.000 đồng; over 94% agreed.",
    "Quỹ quyên góp 2.025 triệu đồng; tăng 2025% so với cùng kỳ.",
    "Hotline 1900 1234 and Tel 0912.345.678 are open.",
    "Đường dây nóng 1900 1234, điện thoại 0912.345.678.",
    "Marker 1116 and Route 2020 lie on the border.",
    "Cột mốc 1116 và Quốc lộ 2020 nằm trên biên giới.",
])
def test_numbers_that_are_not_dates(text):
    assert found(text) == []


# --- Speed ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["In 2019 on May 1. ", "Năm 2020, ngày 2/3, ", "Li Ming (1990) ", "12 - 15/8 ",
                                  "May 19, 1890 - 2025 ", "Thứ năm, 2/10/2025 08:15 "])
def test_time_grows_linearly_with_the_text(unit):
    def seconds(copies: int) -> float:
        text = unit * copies
        gc.disable()  # a collection during one run would say nothing of the extractor
        try:
            start = time.process_time()  # the CPU time of this process: other processes do not count
            find_dates(text)
            return time.process_time() - start
        finally:
            gc.enable()

    seconds(200)  # warm up
    small = min(seconds(500) for _ in range(5))
    large = min(seconds(2000) for _ in range(5))
    assert large < small * 10  # four times the text: about four times the time, never sixteen


def test_an_anniversary_written_as_a_day_and_its_span_of_years():
    (mention,) = find_dates("Lễ kỷ niệm Ngày thành lập Hội Nông dân 14/10 (1930-2025) diễn ra trang trọng.")
    assert (mention.text, mention.key, mention.get("range")) == ("14/10 (1930-2025)", "1930-10-14", "1930-10-14/2025")


@pytest.mark.parametrize("text, words", [
    ("From the start of the year to September, the posts seized 40 kg of drugs.", "September"),
    ("Between the beginning of this year and November, patrols doubled.", "November"),
])
def test_a_month_alone_after_a_joining_word(text, words):
    assert found(text) == [(words, f"XXXX-{dict(September=9, November=11)[words]:02d}", "partial")]


def test_may_alone_after_a_joining_word_is_a_verb():
    assert found("Officers and May not be late; they may and must report.") == []


def test_a_part_of_a_year_gives_its_year_to_a_day_after_it():
    assert values("In the first quarter of 2024, on March 3, patrols doubled.") == ["2024-Q1", "2024-03-03"]
    assert values("Trong 6 tháng đầu năm 2025, ngày 12/3, đồn bắt 2 vụ.") == ["2025-H1", "2025-03-12"]


def test_a_year_after_mid_early_or_late():
    assert values("Floods hit in mid-2023 and late-2022; tuần tra từ early-2021.") == ["2023", "2022", "2021"]


def test_a_vietnamese_month_and_year_joined_by_a_dash_or_a_dot():
    assert values("Cuối tháng 12-2024 và tháng 5.2023, đồn tuần tra.") == ["2024-12", "2023-05"]


def test_vietnamese_months_as_words_two_digit_year_ends_and_occasions():
    assert values("Cuối tháng Tám và đầu tháng Mười năm 2024, mưa lớn; tháng Giêng âm lịch.") == ["XXXX-08", "2024-10"]
    assert values("In the 2014-15 period, seizures doubled.") == ["2014/2015"]
    assert values("Nhân dịp 2/9, đơn vị tặng quà.") == ["XXXX-09-02"]


def test_a_day_after_an_anniversary_takes_its_current_year():
    text = "Kỷ niệm 37 năm Ngày Biên phòng toàn dân 3/3 (1989 - 2026), ngày 3/3, UBND xã tổ chức ngày hội."
    assert [x.key for x in find_dates(text)] == ["1989-03-03", "2026-03-03"]
    text = "Marking the 67th anniversary of the Border Guard (March 3, 1959 - 2026), on March 3 the commune held a festival."
    assert [x.key for x in find_dates(text)] == ["1959-03-03", "2026-03-03"]


def test_an_update_stamp_is_a_dateline_not_an_event():
    assert [x.get("type") for x in find_dates("Ngày cập nhật 12/01/2015")] == ["dateline"]
    assert [x.get("type") for x in find_dates("Last updated: January 12, 2015")] == ["dateline"]
    assert [x.get("type") for x in find_dates("Thời gian: ngày 12/01/2015")] != ["dateline"]


def test_the_year_of_a_new_year_and_a_month_written_in_numbers():
    assert [x.key for x in find_dates("Nhân dịp Tết Nguyên đán 2026 và Năm mới 2026, đoàn sang thăm.")] == ["2026", "2026"]
    assert [x.key for x in find_dates("Xây mới 2026 căn nhà.")] == []
    assert [x.key for x in find_dates("In 8/2019, he was taken in by the station.")] == ["2019-08"]
    assert [x.key for x in find_dates("Decree 8/2019 was issued.")] == []


@pytest.mark.parametrize("line", [
    "Friday, 22 June 2012 Meas Sokchea The Phnom Penh Post", "Monday, 17 August 2009",
    "The World Today Published 5 October 2020 2 minute READ", "25 June 2012 | 05:02 ICT", "Tuoi Tre News | 15 July 2015",
    "Phòng, chống mua bán người Ngày đăng: 01/12/2022", "(09:27:20 AM, 25/09/2017)", "Xã hội 08:08, 09/04/2016 GMT+7"])
def test_page_stamps_in_other_shapes_are_datelines(line):
    assert [x.get("type") for x in find_dates(line)] == ["dateline"]


def test_a_day_month_year_in_a_sentence_is_an_event():
    assert [(x.key, x.get("type")) for x in find_dates("On 22 June 2012 the last border post opened.")] == [("2012-06-22", "date")]


def test_a_span_of_days_after_from_at_the_start_of_a_sentence():
    assert [x.key for x in find_dates("From April 11 to 17, the exchange took place.")] == ["XXXX-04-11/XXXX-04-17"]
    assert [x.key for x in find_dates("Từ ngày 11 đến 17/4, đoàn làm việc.")] == ["XXXX-04-11/XXXX-04-17"]


@pytest.mark.parametrize("text, words, value", [
    ("Two fishermen were rescued off Con Co island in June.", "June", "XXXX-06"),
    ("The patrol was set up in early March. It has met every week since.", "March", "XXXX-03"),
    ("Hai ngư dân được cứu vào tháng 6.", "tháng 6", "XXXX-06"),
    ("Tháng 9. Đồn tổ chức khám bệnh cho bà con.", "Tháng 9", "XXXX-09"),
])
def test_a_month_that_ends_its_sentence(text, words, value):
    assert (words, value) in [(w, v) for w, v, _ in found(text)]


@pytest.mark.parametrize("text, words, value", [
    ("The talks were held on Sept. 12, 2024 in Lao Cai.", "Sept. 12, 2024", "2024-09-12"),
    ("Từ tháng 5.2024, đồn đã tuần tra thường xuyên.", "tháng 5.2024", "2024-05"),
])
def test_a_dot_before_a_number_still_joins_month_and_number(text, words, value):
    assert (words, value) in [(w, v) for w, v, _ in found(text)]


@pytest.mark.parametrize("text, span", [
    ("Từ cuối tháng 4-2023 đến ngày 12-6-2023, tổ công tác đã bám địa bàn.", "2023-04/2023-06-12"),
    ("From April 2023 to June 12, 2023, the working group stayed in the village.", "2023-04/2023-06-12"),
    ("Từ tháng 4 đến tháng 6-2023, tổ công tác đã bám địa bàn.", "2023-04/2023-06"),
    ("From June 12, 2023 until February 2024, the team patrolled the river.", "2023-06-12/2024-02"),
])
def test_a_period_whose_ends_are_a_month_and_a_day(text, span):
    ends = [x for x in find_dates(text) if x.get("range")]
    assert len(ends) == 2 and {x.get("range") for x in ends} == {span}


@pytest.mark.parametrize("text, words, value", [
    ("Chiều 19-5, tỉnh tổ chức lễ kỷ niệm Ngày thành lập Đồn (19/5/1965 – 19/5/2025).", "19-5", "2025-05-19"),
    ("On May 19, the post marked its founding (May 19, 1965 - May 19, 2025) with a parade.", "May 19", "2025-05-19"),
])
def test_a_day_before_an_anniversary_takes_the_year_it_ends_in(text, words, value):
    assert (words, value) in [(w, v) for w, v, _ in found(text)]


def test_a_day_before_periods_ending_in_different_years_stays_unplaced():
    text = "On May 19, they recalled two campaigns (May 1, 1970 - June 2, 1971) and (May 5, 1972 - June 6, 1973)."
    assert ("May 19", "XXXX-05-19") in [(w, v) for w, v, _ in found(text)]


@pytest.mark.parametrize("text, value", [
    ("Bangkok (Thailand), 8 October 2014", "2014-10-08"),
    ("Long Xuyen, An Giang (Viet Nam), 22 July 2016 - Officers from six offices met.", "2016-07-22"),
    ("Lào Cai, 2/10/2025 - Đồn tổ chức lễ ra quân.", "2025-10-02"),
])
def test_a_wire_dateline_is_the_article_s_date_not_an_event(text, value):
    assert found(text) == [(text.split(", ")[-1].split(" - ")[0], value, "dateline")]


def test_a_place_and_a_date_opening_a_sentence_are_an_event():
    assert found("In Hanoi, October 8, 2014 was a big day.") == [("October 8, 2014", "2014-10-08", "date")]


@pytest.mark.parametrize("text, years", [
    ("The two sides worked out a cooperation programme for 2008.", ["2008"]),
    ("They reviewed their 2021 coordination and its 2022 plan.", ["2021", "2022"]),
    ("They gave gifts for 2008 households; its 2025 members met.", []),
])
def test_a_year_after_for_or_a_possessive(text, years):
    assert values(text) == years


def test_a_day_before_an_anniversary_ending_in_a_year_takes_that_year():
    text = "The Board on May 7 held a ceremony for the 50th anniversary of the Day (May 7, 1975–2025)."
    assert found(text)[0] == ("May 7", "2025-05-07", "date")


@pytest.mark.parametrize("text, expected", [
    ("Trong các ngày 27, 28 và 29/9/2023, hội thao diễn ra.", ["2023-09-27/2023-09-29"]),
    ("Trong ngày 27,28 và 29/9, hội thao diễn ra.", ["XXXX-09-27/XXXX-09-29"]),
    ("Các ngày 27, 29 và 30/9/2023 có mưa.", ["2023-09-27", "2023-09-29", "2023-09-30"]),  # not one run: each day
    ("The drills ran on September 27, 28 and 29, 2023.", ["2023-09-27/2023-09-29"]),
])
def test_a_list_of_consecutive_days_sharing_a_month_is_a_span(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Theo lịch làm việc, ngày 26 tháng 5 đoàn đi lên huyện Hương Sơn.", ["XXXX-05-26"]),
    ("Sáng 3 tháng 3, xã tổ chức ngày hội.", ["XXXX-03-03"]),
    ("Ngày 26 tháng 5 năm 2020, đoàn đi.", ["2020-05-26"]),
    ("Mỗi ngày 3 tháng 2 lần, đoàn đi tuần.", []),
    ("On the morning of 26 May the team left.", ["XXXX-05-26"]),
])
def test_a_day_and_month_in_words_without_a_year(text, expected):
    assert values(text) == expected


def test_a_list_of_birth_years_and_a_year_after_tu():
    assert [(v, t) for _, v, t in found("The sisters were born in 2008, 2005 and 2010 respectively.")] == [("2008", "birth")]
    assert values("Đường dây hoạt động từ 2017. Sau 2021 tàu về bến.") == ["2017", "2021"]


@pytest.mark.parametrize("text, expected", [
    ("Trong hai ngày 9 và 19-5, lực lượng bắt 2 đối tượng.", ["XXXX-05-09", "XXXX-05-19"]),
    ("On October 29 and 31, the squadron patrolled.", ["XXXX-10-29", "XXXX-10-31"]),
    ("Sản lượng tăng 2 và 3/5 lần.", []),
])
def test_days_of_one_month_listed_apart_are_each_a_date(text, expected):
    assert values(text) == expected


def test_two_full_dates_joined_by_a_dash_without_spaces():
    assert values("Kỷ niệm 54 năm Ngày truyền thống (03/3/1959-03/3/2013) và 24 năm Ngày Biên phòng.") == [
        "1959-03-03", "2013-03-03"]
    assert values("Nghị định 02/2016/NĐ-CP có hiệu lực.") == []


@pytest.mark.parametrize("text, value", [
    ("Kỷ niệm 50 năm Ngày giải phóng miền Nam 30-4 (1975-2025) được tổ chức trọng thể.", "1975-04-30/2025"),
    ("Lễ kỷ niệm Quốc khánh 2.9 (1945-2025) diễn ra tại đồn.", "1945-09-02/2025"),
])
def test_a_day_with_a_dash_or_a_dot_before_its_span_of_years_is_an_anniversary(text, value):
    dates = find_dates(text)
    assert [x.get("range") for x in dates] == [value]


def test_two_days_without_a_year_joined_by_to_are_one_period_when_the_article_has_no_date():
    for text in ("The talks ran from July 6 to July 9 in Hanoi.", "Từ ngày 6/7 đến ngày 9/7, đoàn làm việc tại Viêng Chăn."):
        _, undated = timeline_of(text)
        assert [e.value for e in undated] == ["XXXX-07-06", "XXXX-07-06/XXXX-07-09", "XXXX-07-09"], text
        placed, undated = timeline_of(text, date="2024-08-01")
        assert "2024-07-06/2024-07-09" in [e.value for e in placed] and not undated


@pytest.mark.parametrize("text, expected", [
    ("Ngày mới về đồn (2008), anh thấy đồng bào còn nghèo.", ["2008"]),
    ("When he first came to the post (2008), the village was poor.", ["2008"]),
    ("Đối tượng Vàng A Sử (1990) bị bắt giữ.", []),  # a birth year, the person's
])
def test_a_year_in_brackets_of_its_own(text, expected):
    assert [v for v, t in ((v, t) for _, v, t in found(text)) if t != "birth"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Chương trình diễn ra trong 2 ngày 26 và 27-1 (tức ngày 8 và 9-12 Âm lịch).", ["XXXX-01-26/XXXX-01-27"]),
    ("Rằm tháng Tám, ngày 15/8 âm lịch, năm nay rơi vào ngày 6/10.", ["XXXX-10-06"]),
    ("In March and September (lunar calendar), islanders move to the east side; in May 2024, they fish.", ["2024-05"]),
    ("The festival falls on March 3 (lunar calendar), or April 10, 2025.", ["2025-04-10"]),
])
def test_days_of_the_lunar_calendar_are_not_dates_of_the_timeline(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sáng 5/8, Công an tỉnh tổ chức hội nghị báo cáo kết quả 6 tháng đầu năm 2009.", ["2009-08-05", "2009-H1"]),
    ("On August 5, the police reviewed their work in the first half of 2009.", ["2009-08-05", "2009-H1"]),
    ("Ngày 18-11, hai đơn vị ký chương trình phối hợp giai đoạn 2020-2025.", ["XXXX-11-18", "2020/2025"]),  # several years
])
def test_a_day_takes_its_year_from_a_part_of_one_year_after_it_in_its_sentence(text, expected):
    assert values(text) == expected


def test_days_listed_with_the_time_of_day_before_each():
    assert values("Đại hội nhiệm kỳ 2020 – 2025, chiều 16 và sáng 17.7 Đại hội đã bầu Ban Chấp hành.") == [
        "2020/2025", "XXXX-07-16/XXXX-07-17"]
    assert values("Từ chiều 16 đến sáng 18 tháng 7 năm 2024, hội thao diễn ra.") == ["2024-07-16/2024-07-18"]


@pytest.mark.parametrize("text, expected", [
    ("Từ tháng 9/1999 đến năm 2003, ông là Chính trị viên đồn.", "1999-09/2003"),
    ("From September 1999 to 2003 he was the post's political officer.", "1999-09/2003"),
    ("From September 1999 to May 2003 he served at the post.", "1999-09/2003-05"),
    ("Từ ngày 3/3/2019 đến năm 2024, đồn đã giúp 20 hộ.", "2019-03-03/2024"),
])
def test_a_period_from_a_month_or_a_day_to_a_year(text, expected):
    assert {dict(x.data).get("range") for x in find_dates(text)} == {expected}


def test_a_year_after_a_month_is_no_period_without_a_word_for_to():
    assert {dict(x.data).get("range") for x in find_dates("Tháng 9/2024, 2025 và 2026 là các mốc.")} == {None}


@pytest.mark.parametrize("text, expected", [
    ("(VOH) - Hôm qua 20/1, Chủ tịch nước đến thăm cán bộ, chiến sĩ.", {"XXXX-01-20"}),
    ("Tối qua 5/4, tổ tuần tra bắt giữ hai đối tượng.", {"XXXX-04-05"}),
    ("Nhân dịp Xuân Giáp Ngọ 2014 sắp tới, Chủ tịch nước chúc Tết.", {"2014"}),
    ("Đón Tết Nhâm Thìn 2024 cùng bà con.", {"2024"}),
])
def test_yesterday_s_day_and_a_year_after_its_lunar_name(text, expected):
    assert {x.get("value") for x in find_dates(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("In the late 1970s, the border was closed.", {"197"}),
    ("In the 1990s trade resumed, as in the mid-1980s.", {"199", "198"}),
    ("Những năm 1990, biên giới mở cửa; thập niên 1980 còn nhiều khó khăn.", {"199", "198"}),
    ("He was born in 1990 and served from 2010.", {"1990", "2010"}),  # years, no decades
])
def test_a_decade_is_its_first_three_digits(text, expected):
    assert {x.get("value") for x in find_dates(text)} == expected


def test_a_decade_starts_in_its_first_year_on_the_timeline():
    from docs_gen.timeline import shown_value, start_year
    assert (start_year("197"), shown_value("197")) == ("1970", "1970s")
    assert (start_year("2016/2021"), shown_value("2016/2021")) == ("2016", "2016/2021")
    assert start_year("XXXX-07") == ""
