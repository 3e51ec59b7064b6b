"""The reader: structure, metadata and language from plain article text."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from docs_gen import models as m
from docs_gen.decode import decode
from docs_gen.errors import InputError
from docs_gen.read import derive_title, detect_language, outlet_of, read_article, slugify_title

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def read(name: str, sidecar: str | None = None):
    text, _ = decode((FIXTURES / name).read_bytes(), name)
    return read_article(text, name, sidecar)


def kinds(article: m.Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text[:25]) for b in article.blocks]


def test_english_article_structure():
    result = read("river-post.txt")
    article = result.article
    assert article.title == "River post opens a night school for children of the border village"
    assert not article.title_derived
    assert article.language == "en"
    assert article.source_url == "https://example.org/news/river-post-night-school"
    assert article.outlet == "example.org"
    assert article.author == "Le Thi Hoa"
    assert article.dropped == ("Comment (3)",)
    assert kinds(article) == [
        ("paragraph", "On a rainy evening (March"),
        ("paragraph", "Lieutenant Colonel Pham M"),
        ("heading", "Teachers on both sides of"),
        ("paragraph", "Teachers from the commune"),
        ("caption", "Pupils at the first lesso"),
        ("byline", "Major Le Thi Hoa, Head of"),
        ("footnote", "A programme begun in 2016"),
    ]
    assert article.blocks[4].text == "Pupils at the first lesson — Source: example.org"
    assert article.blocks[-1].label == "1"
    assert [b.anchor for b in article.blocks[:3]] == ["p-1", "p-2", "p-3"]
    assert article.blocks[0].line == 2
    assert result.problems == ()


def test_vietnamese_article_without_headline_gets_a_short_derived_title():
    article = read("xa-bien-gioi.txt").article
    assert article.language == "vi"
    assert article.title_derived
    assert article.title == "Sáng 5/4, tại xã biên giới Tà Lùng, Đồn Biên phòng cửa khẩu tổ chức lễ khánh thành…"
    assert len(article.title) < len(article.blocks[0].text)
    assert article.outlet == "vi.example.org"
    assert article.id == "sang-5-4-tai-xa-bien-gioi-ta-lung-don-bien-phong-cua-khau-to-chuc-le-khanh-thanh"
    assert all(b.kind == m.PARAGRAPH for b in article.blocks)


def test_derived_title_is_cut_at_a_word_boundary():
    text = "Officers " + "and soldiers " * 20 + "worked."
    title = derive_title(text)
    assert len(title) <= 91 and title.endswith("…")
    assert title[:-1] == title[:-1].rstrip() and text.startswith(title[:-1])
    assert derive_title("Short first sentence. Then more text follows here.") == "Short first sentence"


def test_metadata_sidecar_overrides_and_reports_bad_fields():
    result = read("river-post.txt", "title: A curated title\ndate: 2025-03-14\ncolour: blue\nslug: ../../etc\n")
    article = result.article
    assert article.title == "A curated title" and article.date == "2025-03-14"
    assert article.id == "a-curated-title"  # the bad slug is reported and ignored
    messages = [str(p) for p in result.problems]
    assert messages[0].startswith("river-post.yml:3: error: field 'colour': unknown field")
    assert messages[1].startswith("river-post.yml:4: error: field 'slug': invalid slug")


def test_front_matter_wins_over_sidecar():
    text = "---\ntitle: From front matter\nlanguage: vi\n---\nMột đoạn văn.\n"
    article = read_article(text, "x.txt", "title: From sidecar\n").article
    assert article.title == "From front matter" and article.language == "vi"
    assert article.blocks[0].line == 5


def test_empty_article_is_rejected_with_the_file_named():
    with pytest.raises(InputError) as error:
        read_article("  \n\n", "blank.txt")
    assert str(error.value) == "blank.txt: error: empty article (no text) (add the article text or remove the file)"


def test_decomposed_vietnamese_is_composed():
    text, _ = decode(unicodedata.normalize("NFD", "Bộ đội Biên phòng").encode(), "x.txt")
    assert text == "Bộ đội Biên phòng"


def test_single_line_article_keeps_its_text():
    article = read_article("Only one line without a full stop", "one.txt").article
    assert [b.text for b in article.blocks] == ["Only one line without a full stop"]
    assert article.title == "Only one line without a full stop"


def test_helpers():
    assert detect_language("Tổng Bí thư thăm đồn biên phòng") == "vi"
    assert detect_language("The General Secretary visited") == "en"
    assert outlet_of("https://www.nhandan.vn/x") == "nhandan.vn"
    assert slugify_title("Thăm và chúc Tết", "a.txt") == "tham-va-chuc-tet"
    assert slugify_title("!!!", "dir/My File.txt") == "my-file"


@pytest.mark.parametrize("text", [
    "A day with the river patrol\nAt dawn the patrol boat leaves the post. |\nThe crew checks the fishing nets along the bank. |\n"
    "By noon they reach the last village of the district. |\nPupils wave from the school yard as they pass. |\n",
    "Một ngày cùng tổ tuần tra đường sông\nTừ sáng sớm, xuồng tuần tra rời đồn. |\nTổ công tác kiểm tra lưới đánh cá dọc bờ sông. |\n"
    "Đến trưa, tổ đến bản cuối cùng của huyện. |\nCác cháu học sinh vẫy chào từ sân trường. |\n",
])
def test_a_photo_story_whose_lines_end_in_a_bar_is_body_text(text):
    article = read_article(text, "story.txt").article
    assert [b.kind for b in article.blocks] == [m.PARAGRAPH] * 4
    assert not any(b.text.endswith("|") for b in article.blocks)
    assert article.title == text.split("\n")[0]


@pytest.mark.parametrize("text, caption", [
    ("Headline of a visit to the post\nOfficers visited the post on a cold morning.\n| The commander greets pupils |\n"
     "They brought books and warm clothes for the children.\n", "The commander greets pupils"),
    ("Tiêu đề chuyến thăm đồn\nCán bộ đến thăm đồn vào một sáng lạnh.\nChỉ huy đồn chào các cháu học sinh |\n"
     "Đoàn mang sách vở và áo ấm tặng các cháu.\n", "Chỉ huy đồn chào các cháu học sinh"),
])
def test_a_single_framed_line_stays_a_caption(text, caption):
    article = read_article(text, "visit.txt").article
    assert [(b.kind, b.text) for b in article.blocks if b.kind == m.CAPTION] == [(m.CAPTION, caption)]


@pytest.mark.parametrize("text, kept, dropped", [
    ("Headline of a patrol story\n![](https://example.org/img/patrol.jpg)\nThe patrol left at dawn. [Photo] It came back at dusk.\n"
     "![Officers on patrol](/media/a.png)\nimages/2025/patrol-2.jpg)\n",
     ["The patrol left at dawn. It came back at dusk."],
     ("![](https://example.org/img/patrol.jpg)", "[Photo]", "![Officers on patrol](/media/a.png)", "images/2025/patrol-2.jpg)")),
    ("Tiêu đề bài tuần tra\n![]()\n[Ảnh] Tổ tuần tra xuất phát lúc bình minh.\nhttps://example.vn/anh/tuan-tra.jpg)\n"
     "Tổ trở về lúc hoàng hôn.\n",
     ["Tổ tuần tra xuất phát lúc bình minh.", "Tổ trở về lúc hoàng hôn."],
     ("![]()", "[Ảnh]", "https://example.vn/anh/tuan-tra.jpg)")),
])
def test_scraped_image_markers_are_dropped_and_reported(text, kept, dropped):
    article = read_article(text, "images.txt").article
    assert [b.text for b in article.blocks] == kept
    assert article.dropped == dropped


def test_markdown_like_text_that_points_nowhere_is_kept():
    article = read_article("Notes\nThe sign ![x](y) and [a](b) stay as written.\n", "notes.txt").article
    assert article.blocks[0].text == "The sign ![x](y) and [a](b) stay as written." and article.dropped == ()


def test_share_buttons_and_follow_lines_are_boilerplate_kept_in_dropped():
    from docs_gen.read import read_article
    text = ("Đồn giúp dân\n\nĐồn Biên phòng Ia Chía giúp dân xây nhà.\n\nChia sẻ Zalo\n\nZALO\n\n"
            "Theo dõi Báo Gia Lai trên Google News\n\nFollow VnExpress on Google News\n\n"
            "The club set up a chat group on Zalo.\n")
    result = read_article(text, "t.txt")
    body = " ".join(block.text for block in result.article.blocks)
    assert "Google News" not in body and "ZALO" not in body and "Chia sẻ" not in body
    assert "chat group on Zalo" in body  # the app named in a sentence is text
    assert {"Chia sẻ Zalo", "ZALO", "Theo dõi Báo Gia Lai trên Google News"} <= set(result.article.dropped)


WRAPPED_VI = """Tiểu đoàn 19 tổ chức Lễ tuyên thệ chiến sĩ mới năm 2025
Sáng
ngày 4 tháng 6 năm 2025, Tiểu đoàn Huấn luyện - Cơ động 19, Bộ Chỉ huy Bộ đội
Biên phòng tỉnh Nghệ An tổ chức Lễ tuyên thệ chiến sĩ mới sau 3 tháng huấn
luyện. Buổi lễ là dấu mốc quan trọng, đánh dấu bước trưởng thành đầu tiên của
các chiến sĩ mới trên con đường xây dựng và bảo vệ Tổ quốc.
Tham dự buổi lễ có Đại tá Hồ Quyết Thắng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội
Biên phòng tỉnh Nghệ An; đồng chí Lương Đình Việt, Phó Bí thư Thường trực Huyện
ủy, Chủ tịch HĐND huyện và toàn thể cán bộ, chiến sĩ Tiểu đoàn.
Tại buổi lễ, đại diện chiến sĩ mới đã phát biểu bày tỏ niềm vinh dự, tự hào được
đứng trong hàng ngũ Quân đội nhân dân Việt Nam.
"""

WRAPPED_EN = """Border talks in Quang Binh

Vice Chairman of the Quang Binh provincial People's Committee Le
Minh Ngan addressed the conference in Dong Hoi city on November 13.
On March 16, 2016, the Vietnamese and Lao Governments signed a protocol on the
countries' borderline and border markers, along with an agreement on
regulations for land border and border gate management.

An official of the western border division of the National Boundary
Commission informed participants on the border situation and on the
realisation of the treaties in the border provinces of the two countries.
"""


@pytest.mark.parametrize("text, paragraphs", [
    (WRAPPED_VI, ["Sáng ngày 4 tháng 6 năm 2025, Tiểu đoàn Huấn luyện - Cơ động 19, Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
                  "Nghệ An tổ chức", "Tham dự buổi lễ có Đại tá Hồ Quyết Thắng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội "
                  "Biên phòng tỉnh Nghệ An; đồng chí Lương Đình Việt, Phó Bí thư Thường trực Huyện ủy,",
                  "Tại buổi lễ, đại diện"]),
    (WRAPPED_EN, ["Vice Chairman of the Quang Binh provincial People's Committee Le Minh Ngan addressed",
                  "On March 16, 2016, the Vietnamese and Lao Governments signed a protocol on the countries'",
                  "An official of the western border division of the National Boundary Commission informed"]),
])
def test_a_hard_wrapped_text_is_read_as_whole_paragraphs(text, paragraphs):
    article = read_article(text, "wrapped.txt").article
    assert article.title.startswith(("Tiểu đoàn 19", "Border talks"))  # the headline is not joined to the text
    assert [b.kind for b in article.blocks] == [m.PARAGRAPH] * len(paragraphs)
    assert all(b.text.startswith(p) for b, p in zip(article.blocks, paragraphs))
    words = " ".join(text.split("\n", 1)[1].split())
    assert " ".join(b.text for b in article.blocks) == words  # no word lost or moved


def test_a_text_of_one_line_per_paragraph_is_not_joined():
    text = ("Đồn giúp dân\n" + "\n".join(f"Đoạn {i}: Đồn Biên phòng Ia Chía giúp dân xây nhà ở làng Ia Chía, xã Ia Chía, "
                                          "huyện Ia Grai" for i in range(10)) + "\nHết.\n")
    article = read_article(text, "t.txt").article
    assert len(article.blocks) == 11
