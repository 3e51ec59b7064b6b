"""Ranking, measured: queries a reader types, in English and Vietnamese, with and without diacritics,
each with the page a reader expects first, asked of the search engine (the worker behind the header's
box and the Search page) in Chromium, on a build of the seeds and the fixture articles. The mean
reciprocal rank (1 for a first place, 1/2 for a second, 0 beyond the tenth) must be at least 0.9."""
from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

from test_browser import ARGS, CHROMIUM, _Quiet, playwright_api  # noqa: F401 (skips without Playwright)
from test_build import FIXTURES, ROOT, build, make_project

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not found at /usr/bin/chromium")

TARGET = 0.9
TOP = 10
VI_ARTICLE = "articles/tong-bi-thu-to-lam-tham-chuc-tet-bo-doi-bien-phong/"
VI_FIXTURE = "articles/sang-5-4-tai-xa-bien-gioi-ta-lung-don-bien-phong-cua-khau-to-chuc-le-khanh-thanh/"
RIVER_POST = "articles/river-post-opens-a-night-school-for-children-of-the-border-village/"

# A name typed as the page names it (in any of its spellings) puts that page first.
NAMES = [
    ("to lam", "people/to-lam/"),
    ("Tô Lâm", "people/to-lam/"),
    ("TO LAM", "people/to-lam/"),
    ("le duc thai", "people/le-duc-thai/"),
    ("Lê Đức Thái", "people/le-duc-thai/"),
    ("phan van giang", "people/phan-van-giang/"),
    ("Nguyen Anh Tuan", "people/nguyen-anh-tuan/"),
    ("nguyễn văn bình", "people/nguyen-van-binh/"),
    ("nguyen van binh", "people/nguyen-van-binh/"),
    ("Hoàng Văn Nam", "people/hoang-van-nam/"),
    ("Le Thi Hoa", "people/le-thi-hoa/"),
    ("lai chau", "places/lai-chau/"),
    ("Lai Châu", "places/lai-chau/"),
    ("lạng sơn", "places/lang-son/"),
    ("lang son", "places/lang-son/"),
    ("campuchia", "places/cambodia/"),
    ("Trung Quốc", "places/china/"),
    ("Biển Đông", "places/east-sea/"),
    ("bien dong", "places/east-sea/"),
    ("ta lung", "places/ta-lung-commune/"),
    ("33-NQ/TW", "documents/resolution-33/"),
    ("33 nq tw", "documents/resolution-33/"),
    ("resolution no. 33", "documents/resolution-33/"),
    ("01/CT-TTg", "documents/directive-1/"),
    ("Luật Biên phòng Việt Nam", "documents/law-on-vietnam-border-guard/"),
    ("luat bien phong viet nam", "documents/law-on-vietnam-border-guard/"),
    ("law on national borders", "documents/law-on-national-border/"),
    ("4 cùng", "glossary/four-togethers/"),
    ("4 cung", "glossary/four-togethers/"),
    ("four togethers", "glossary/four-togethers/"),
    ("3 bám", "glossary/three-sticks/"),
    ("dân vận", "glossary/mass-mobilisation/"),
    ("dan van kheo", "glossary/skilled-mass-mobilisation/"),
    ("Bộ đội Biên phòng", "glossary/border-guard/"),
    ("bo doi bien phong", "glossary/border-guard/"),
    ("border guard", "glossary/border-guard/"),
    ("đồn biên phòng", "glossary/border-guard-station/"),
    ("don bien phong", "glossary/border-guard-station/"),
    ("thế trận lòng dân", "glossary/peoples-heart-position/"),
    ("cot moc song", "glossary/living-milestone/"),
    ("cột mốc", "glossary/border-markers/"),
    ("Mái ấm biên cương", "glossary/houses-for-the-poor/"),
    ("tết", "glossary/lunar-new-year/"),
    ("tet", "glossary/lunar-new-year/"),
    ("politburo", "organisations/politburo/"),
    ("Bộ Chính trị", "organisations/politburo/"),
    ("quan uy trung uong", "organisations/central-military-commission/"),
    ("Bộ Quốc phòng", "organisations/ministry-of-national-defence/"),
    ("thong tan xa viet nam", "organisations/vietnam-news-agency/"),
    ("Lai Chau Provincial Border Guard Command", "organisations/border-guard-command-lai-chau/"),
]

# Other queries: the page a reader expects comes by relevance.
TOPICS = [
    ("decision 89", "documents/decision-89/"),
    ("resolution 33", "documents/resolution-33/"),
    ("lai chau border guard", "organisations/border-guard-command-lai-chau/"),
    ("Đại tá Nguyễn Văn Bình", "people/nguyen-van-binh/"),
    ("night school river post", RIVER_POST),
    ("twenty pupils classroom", RIVER_POST),
    ("rainy evening Hoa Binh", RIVER_POST),
    ("khánh thành ngôi nhà đại đoàn kết", VI_FIXTURE),
    ("khanh thanh ngoi nha dai doan ket", VI_FIXTURE),
    ("10 con bò giống", VI_FIXTURE),
    ("chúc Tết Bộ đội Biên phòng", VI_ARTICLE),
    ("tong bi thu tham chuc tet", VI_ARTICLE),
    ("Sổ vàng truyền thống", VI_ARTICLE),
    ("so vang truyen thong", VI_ARTICLE),
    ("firmly protect territorial sovereignty", "articles/firmly-protect-territorial-sovereignty-and-national-border-security/"),
    ("95th anniversary founding of the Communist Party",
     "articles/firmly-protect-territorial-sovereignty-and-national-border-security/"),
    ("Lang Son plan all-people border defence",
     "articles/lang-son-rolls-out-its-plan-to-build-a-solid-all-people-border-defence/"),
    ("lai chau border guards core role",
     "articles/lai-chau-border-guards-uphold-their-core-role-in-building-a-strong-all-people/"),
    ("mass mobilisation foundation of border protection",
     "articles/vietnam-border-guard-makes-mass-mobilisation-the-foundation-of-border-protection/"),
    ("patrol roads medical educational facilities",
     "articles/vietnam-border-guard-makes-mass-mobilisation-the-foundation-of-border-protection/"),
    ("onerror alert", "articles/script-alert-headline-script-and-config-site-name/"),
]

_ASK = """async ([queries, top]) => {
  const worker = new Worker("assets/docs_gen/search-worker.js");
  const waiting = {};
  worker.onmessage = event => waiting[event.data.id](event.data);
  const found = [];
  for (const [i, query] of queries.entries()) {
    const answer = await new Promise(resolve => {
      waiting[i] = resolve;
      worker.postMessage({type: "docs_gen:query", id: i, query, filters: {}, count: top});
    });
    found.push(answer.items.map(item => item.location));
  }
  worker.terminate();
  return found;
}"""


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, list[str]]:
    """The first result pages of every query, on the seeds and the fixture articles."""
    tmp = tmp_path_factory.mktemp("ranking")
    articles = tmp / "articles"
    articles.mkdir()
    for path in list((ROOT / "seeds").glob("*.txt")) + list((ROOT / "seeds").glob("*.yml")) + list(FIXTURES.glob("*")):
        shutil.copy(path, articles / path.name)
    (tmp / "project").mkdir()
    project = make_project(tmp / "project", articles)
    result = build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(project / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    queries = [query for query, _ in NAMES + TOPICS]
    try:
        with playwright_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page()
            errors = []
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            found = page.evaluate(_ASK, [queries, TOP])
            browser.close()
    finally:
        server.shutdown()
    assert errors == []
    return dict(zip(queries, found))


def reciprocal_rank(found: list[str], expected: str) -> float:
    return next((1 / (i + 1) for i, page in enumerate(found[:TOP]) if page == expected), 0.0)


def test_there_are_enough_queries_in_both_languages():
    queries = [query for query, _ in NAMES + TOPICS]
    assert len(queries) >= 40 and len(set(queries)) == len(queries)
    accented = [q for q in queries if q != q.encode("ascii", "ignore").decode()]
    assert len(accented) >= 15 and len(queries) - len(accented) >= 15


@pytest.mark.parametrize("query, expected", [("to lam", "people/to-lam/"), ("33-NQ/TW", "documents/resolution-33/"),
                                             ("4 cùng", "glossary/four-togethers/")])
def test_the_issues_examples_come_first(results, query, expected):
    assert results[query][0] == expected, results[query][:3]


def test_a_page_named_as_the_query_comes_first(results):
    missed = {query: results[query][:3] for query, expected in NAMES if results[query][:1] != [expected]}
    assert missed == {}


def test_mean_reciprocal_rank(results):
    ranks = {query: reciprocal_rank(results[query], expected) for query, expected in NAMES + TOPICS}
    score = sum(ranks.values()) / len(ranks)
    print(f"\nmean reciprocal rank {score:.3f} over {len(ranks)} queries")
    for query, rank in ranks.items():
        if rank < 1:
            print(f"  {rank:.2f}  {query!r}: {results[query][:3]}")
    assert score >= TARGET
