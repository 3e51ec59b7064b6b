"""Write a deterministic synthetic corpus of articles (both languages) as a buildable project.

    python bench/generate.py --articles 1000 --seed 1 --out /tmp/corpus

The texts are made here from word lists and sentence patterns, with a realistic density of glossary
terms, people with ranks, legal documents, places and dates in every form the tool reads.
"""
from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Trieu", "Lo"]
MIDDLE = ["Van", "Thi", "Duc", "Quoc", "Minh", "Anh", "Huu", "Thanh", "Xuan", "Ngoc"]
GIVEN = ["An", "Binh", "Cuong", "Dung", "Hai", "Hung", "Khanh", "Long", "Nam", "Phong", "Quang", "Son", "Tuan", "Vinh"]
VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
VI_MIDDLE = ["Văn", "Thị", "Đức", "Quốc", "Minh", "Anh", "Hữu", "Thanh"]
VI_GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Sơn", "Tuấn"]
RANKS = ["Lieutenant General", "Major General", "Senior Colonel", "Colonel", "Lieutenant Colonel", "comrade"]
VI_RANKS = ["Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "đồng chí"]
ROLES = ["Commander of the {p} Provincial Border Guard Command", "Political Commissar of the {p} Border Guard",
         "Chairman of the People's Committee of {p} province", "Deputy Secretary of the {p} Provincial Party Committee"]
DOCS = [("Resolution", "NQ/TW", "Politburo"), ("Directive", "CT-TTg", "Prime Minister"), ("Decision", "QĐ-TTg", "Prime Minister"),
        ("Conclusion", "KL/TW", "Secretariat"), ("Plan", "KH-UBND", "People's Committee")]
VI_DOCS = [("Nghị quyết", "NQ/TW", "Bộ Chính trị"), ("Chỉ thị", "CT-TTg", "Thủ tướng Chính phủ"), ("Kế hoạch", "KH-UBND", "UBND tỉnh")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EN_FILLER = ("officers soldiers patrol villages residents support households roads schools markets cooperation "
             "security order development training propaganda livelihoods families crops livestock classes health "
             "stations teams communes districts plans results tasks exercises meetings models programmes").split()
VI_FILLER = ("cán bộ chiến sĩ tuần tra bản làng người dân hỗ trợ hộ gia đình đường sá trường học hợp tác an ninh "
             "trật tự phát triển huấn luyện tuyên truyền sinh kế cây trồng vật nuôi lớp học sức khỏe đồn xã huyện "
             "kế hoạch kết quả nhiệm vụ").split()


class Writer:
    def __init__(self, rng: random.Random, terms: list[str], vi_terms: list[str], places: list[tuple[str, str]]):
        self.rng, self.terms, self.vi_terms, self.places = rng, terms, vi_terms, places

    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def person(self, vi: bool) -> str:
        if vi:
            return f"{self.pick(VI_RANKS)} {self.pick(VI_FAMILY)} {self.pick(VI_MIDDLE)} {self.pick(VI_GIVEN)}"
        name = f"{self.pick(FAMILY)} {self.pick(MIDDLE)} {self.pick(GIVEN)}"
        return f"{self.pick(RANKS)} {name}, {self.pick(ROLES).format(p=self.pick(self.places)[0])}"

    def date(self, vi: bool) -> str:
        y, m, d = self.rng.randint(1995, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if vi:
            return self.pick([f"ngày {d}/{m}/{y}", f"tháng {m}/{y}", f"giai đoạn {y}-{y + 5}", f"chiều {d}/{m}", f"năm {y}"])
        return self.pick([f"{MONTHS[m - 1]} {d}, {y}", f"{d}/{m}/{y}", f"the {y}-{y + 5} period", f"In {y},",
                          f"{MONTHS[m - 1]} {d}", f"between {y} and {y + 4}", f"{MONTHS[m - 1]} {y}"])

    def document(self, vi: bool) -> str:
        kind, code, issuer = self.pick(VI_DOCS if vi else DOCS)
        number = self.rng.randint(1, 150)
        if vi:
            return f"{kind} số {number}-{code} {self.date(True)} của {issuer}"
        return f"{kind} No. {number:02d}-{code}, dated {self.date(False).rstrip(',')}, of the {issuer}"

    def sentence(self, vi: bool) -> str:
        filler = VI_FILLER if vi else EN_FILLER
        words = [self.pick(filler) for _ in range(self.rng.randint(6, 16))]
        inserts = [self.pick(self.vi_terms if vi else self.terms)]
        roll = self.rng.random()
        if roll < 0.25:
            inserts.append(self.person(vi))
        elif roll < 0.4:
            inserts.append(self.document(vi))
        elif roll < 0.6:
            inserts.append(self.date(vi))
        if self.rng.random() < 0.5:
            place = self.pick(self.places)
            inserts.append(place[1] if vi else place[0])
        for insert in inserts:
            words.insert(self.rng.randrange(len(words) + 1), insert)
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def article(self, number: int) -> str:
        vi = self.rng.random() < 1 / 3
        length = min(40, max(2, int(self.rng.lognormvariate(1.4, 0.6))))
        lines = []
        if self.rng.random() < 0.7:
            lines.append(" ".join(self.pick(VI_FILLER if vi else EN_FILLER) for _ in range(7)).capitalize())
        for index in range(length):
            if index and index % 12 == 0:
                lines.append(("Kết quả nổi bật" if vi else "Outstanding results") + f" {index // 12}")
            lines.append(" ".join(self.sentence(vi) for _ in range(self.rng.randint(2, 5))))
            if self.rng.random() < 0.05:
                lines.append(f"Officers on patrol near the border_Source: example{number % 7}.vn")
        if self.rng.random() < 0.3:
            lines.append(self.person(vi).upper() if not vi else self.person(vi))
        lines.append(f"Source: https://news{number % 13}.example/articles/{number}")
        lines.append("Comment (0)")
        return "\n".join(lines) + "\n"


def generate(count: int, seed: int, out: Path) -> None:
    rng = random.Random(seed)
    data = ROOT / "seeds" / "_data"
    glossary = yaml.safe_load((data / "glossary.yml").read_text(encoding="utf-8"))
    terms = [e["term"] for e in glossary] + [a for e in glossary for a in e.get("aliases", []) if a.isascii()]
    vi_terms = [e["vi_term"] for e in glossary if e.get("vi_term")]
    places = [(p["name"], p.get("vi_name") or p["name"]) for p in yaml.safe_load((data / "places.yml").read_text(encoding="utf-8"))]
    writer = Writer(rng, sorted(terms), sorted(vi_terms), places)
    if out.exists():
        shutil.rmtree(out)
    seeds = out / "seeds"
    shutil.copytree(data, seeds / "_data")
    shutil.copytree(ROOT / "templates", out / "templates")
    shutil.copy(ROOT / "mkdocs.yml", out / "mkdocs.yml")
    for number in range(count):
        (seeds / f"{number:05d}.txt").write_text(writer.article(number), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    generate(args.articles, args.seed, args.out)


if __name__ == "__main__":
    main()
