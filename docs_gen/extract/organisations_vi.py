"""Organisations named in Vietnamese: the name opens with its head ("Đồn Biên phòng Sín Thầu", "Công an
tỉnh Lào Cai", "Hội Liên hiệp Phụ nữ huyện Mường Tè"), in sentence case, and ends with its place."""
from __future__ import annotations

import itertools
import re

from ..admin_units import family_names, unit_kinds
from ..models import ORGANISATION, Mention
from .names import (ACROSS_THE_BORDER, BAN_BOARD_WORDS, COUNTRY_NAMES, FUNCTION_WORDS, MIDDLE_NAME, VI_COMPOUNDS, WORD,
                    end_before_person, listed_names, name_run, newer_tone, slugify, small_level_suffix)

# Vietnamese: the opening words, the level word, then the name (a place or a number).
_LEVEL = r"(?:tỉnh|huyện|xã|thành\s+phố|T[Pp]\.?|phường|thị\s+trấn|thị\s+xã|quận|Tỉnh|Huyện|Xã|Thành\s+phố)"


_VI_PATTERNS = [  # (pattern up to the name, key prefix, level)
    # "Đồn Biên phòng (ĐBP) cửa khẩu quốc tế Hữu Nghị", "Đồn Biên phòng Cửa khẩu quốc tế (CKQT) Na Mèo": an
    # abbreviation may stand inside the head
    (r"(?:[Đđ]ồn\s+(?:[Bb]iên\s+[Pp]hòng(?:\s+\((?:ĐBP|BP)\))?|BP|BPCK|BPCKQT)|ĐBP)(?:\s+(?:[Cc]ửa\s+khẩu|CK)(?:\s+[Qq]uốc\s+tế|\s+[Cc]ảng)?"
     r"(?:\s+\((?:CKQT|CK|BPCK)\))?|\s+CKQT|\s+CKC|\s+CKP)?\s+",
     "border-post", "local"),  # "… cửa khẩu (BPCK) Hồng Vân" as well
    # "Đồn CANDVT 209", "Đồn Công an nhân dân vũ trang (CANDVT) Pò Hèn", "Đồn Công an vũ trang số 53": a post of the
    # force's name before 1979
    (r"[Đđ]ồn\s+(?:CANDVT|Công\s+an\s+(?:nhân\s+dân\s+)?vũ\s+trang(?:\s+\(CANDVT\))?)\s+(?:số\s+(?=\d))?", "armed-police-post", "local"),
    # "Đồn Công an Cửa khẩu quốc tế Trapeang Phlong": a police post across the border, named by its gate
    (r"[Đđ]ồn\s+[Cc]ông\s+an\s+(?:bảo\s+vệ\s+biên\s+giới\s+|[Bb]iên\s+cảnh\s+|[Bb]iên\s+giới\s+|xuất,?\s+nhập\s+cảnh\s+)?"
     r"(?:(?:[Cc]ửa\s+khẩu|CK)\s+(?:[Qq]uốc\s+tế\s+)?)?", "police-post", "local"),
    (r"[Đđ]ồn\s+(?=\d{2,3}(?!\d|[.,/]\d)(?!\s+(?:người|cán|chiến|hộ|km|m|năm|ngày|tháng|lần|chiếc|xe)\b))",
     "border-post", "local"),  # "Đồn 209": a post by its number alone
    (r"[Đđ]ồn\s+(?:[Qq]uản\s+lý|[Bb]ảo\s+vệ)\s+[Bb]iên\s+giới\s+", "border-management-post", "local"),  # "Đồn quản lý biên giới Khúc Thủy"
    # "đồn Sín Thầu", "Đồn Cửa khẩu Quốc tế Mộc Bài": the post, named short ("tiền đồn Tây Nam Tổ quốc" is a figure)
    (r"(?<!tiền )[Đđ]ồn\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])(?!Biên\s|BP\s|BPCK\s|Công\s)(?:Cửa\s+khẩu\s+(?:[Qq]uốc\s+tế\s+|[Cc]hính\s+|[Pp]hụ\s+)?)?",
     "border-post", "local"),
    (r"[Đđ]ồn\s+cửa\s+khẩu\s+(?:[Qq]uốc\s+tế\s+|[Cc]hính\s+|[Pp]hụ\s+)?(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])",
     "border-post", "local"),  # "Đồn cửa khẩu Quốc tế Hà Tiên": the gate's post, its kind in lower case
    (r"(?:[Pp]hân\s+trạm|[Tt]rạm)\s+(?:[Kk]iểm\s+(?:soát|tra)\s+)?(?:BPCK|BP|[Bb]iên\s+phòng|[Bb]iên\s+giới|(?=[Cc]ửa\s+khẩu))"
     r"(?:\s+xuất\s*[-–,]?\s*nhập\s+cảnh)?(?:\s+(?:[Cc]ửa\s+khẩu|CK))?(?:\s+[Qq]uốc\s+tế|\s+[Cc]ảng)?\s+", "border-control-station", "local"),
    # "Ban Chỉ huy Biên phòng Cửa khẩu (BPCK) Cảng Nghi Sơn": an abbreviation may stand inside the head
    (r"(?:Ban\s+[Cc]hỉ\s+huy|BCH)\s+(?:(?:Biên\s+phòng|BP|BĐBP)\s+(?:[Cc]ửa\s+khẩu|CK)(?:\s+\([A-ZĐ]{2,6}\))?|BPCK)"
     r"(?:\s+[Cc]ảng|\s+[Qq]uốc\s+tế)?(?:\s+\([A-ZĐ]{2,6}\))?\s+",
     "border-gate-command", "local"),
    (rf"(?:Bộ\s+Chỉ\s+huy|BCH|Bộ\s+chỉ\s+huy|Ban\s+[Cc]hỉ\s+huy)\s+(?:Bộ\s+[Đđ]ội\s+[Bb]iên\s+[Pp]hòng(?:\s+\(BĐBP\))?|BĐBP|[Bb]iên\s+[Pp]hòng)\s+{_LEVEL}?\s*", "border-guard-command", "provincial"),
    (rf"(?:Bộ\s+[Đđ]ội\s+[Bb]iên\s+[Pp]hòng(?:\s+\(BĐBP\))?|BĐBP|[Bb]iên\s+[Pp]hòng)\s+{_LEVEL}\s+", "border-guard-command", "provincial"),
    # China's border units by their area: "Bộ đội Biên phòng khu vực Mông Tự", "BĐBP đặc khu Phòng Thành".
    (r"(?:Bộ\s+[Đđ]ội\s+[Bb]iên\s+[Pp]hòng|BĐBP)\s+(?:khu\s+vực|[Kk]hu|đặc\s+khu)\s+", "foreign-border-guard", "foreign"),
    (rf"(?:Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|BCH|Bộ\s+chỉ\s+huy|Ban\s+chỉ\s+huy|Sở\s+[Cc]hỉ\s+huy)\s+[Qq]uân\s+sự(?:\s+\((?:B?CHQS)\))?\s+{_LEVEL}\s+", "military-command", ""),
    (rf"(?:Ban\s+CHQS|Bộ\s+CHQS|BCHQS|Ban\s+[Cc]hỉ\s+huy\s+[Qq]uân\s+sự)\s+{_LEVEL}\s+", "military-command", ""),
    # "Công an nhân dân vũ trang tỉnh Quảng Ninh": a province's force before 1979 (before "công an tỉnh X")
    (rf"(?:Công\s+an\s+nhân\s+dân\s+vũ\s+trang|CANDVT)\s+{_LEVEL}\s+", "armed-security-force", ""),
    # "công an huyện X" as well; "Ty Công an tỉnh Kra Chê": a Cambodian or Lao province's police service
    (rf"(?:Ty\s+)?(?:[Cc]ông\s+[Aa]n|CA)(?:\s+[Bb]iên\s+phòng)?\s+{_LEVEL}\s+", "police", ""),  # "Công An huyện" too
    (r"(?:Công\s+an|Cảnh\s+sát(?:\s+biển)?|Quân\s+đội|Hải\s+quan|Hải\s+quân|(?:Bộ\s+đội\s+)?Biên\s+phòng|BĐBP)\s+(?:nước\s+)?"
     r"(?=(?:Lào|Trung\s+Quốc|Campuchia|Thái\s+Lan)\b)",
     "foreign", "foreign"),
    # "Đoàn TNCS Hồ Chí Minh tỉnh X", "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Y": the union's full name
    (rf"(?:Đoàn\s+(?:TN|Thanh\s+niên)(?:\s+(?:CS|Cộng\s+sản)\s+Hồ\s+Chí\s+Minh|CS\s+Hồ\s+Chí\s+Minh)?|Chi\s+đoàn)\s+{_LEVEL}\s+",
     "youth-union", ""),
    # The mass organisations of a province, district or commune, keyed as their English names are
    (rf"Hội\s+(?:Liên\s+hiệp\s+[Pp]hụ\s+nữ|LHPN|[Pp]hụ\s+nữ)(?:\s+\(LHPN\))?\s+{_LEVEL}\s+", "womens-union", ""),
    (rf"Hội\s+[Nn]ông\s+dân\s+{_LEVEL}\s+", "farmers-association", ""),
    (rf"Hội\s+(?:[Cc]ựu\s+chiến\s+binh|CCB)(?:\s+\(CCB\))?\s+{_LEVEL}\s+", "veterans-association", ""),
    (r"Tỉnh\s+[đĐ]oàn\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "youth-union", "provincial"),  # "Tỉnh đoàn Kiên Giang": the province's Youth Union
    (r"(?:Huyện|Thành|Thị)\s+[đĐ]oàn\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "youth-union", "local"),  # "Huyện đoàn Ea Súp"
    (rf"Chi\s+bộ\s+(?:{_LEVEL}|thôn|bản|ấp|xóm|khu\s+phố)\s+", "party-cell", "local"),
    (rf"Hạt\s+[Kk]iểm\s+lâm\s+{_LEVEL}\s+", "forest-rangers", "local"),
    (rf"(?:(?:Tòa|Toà)\s+án\s+nhân\s+dân|TAND)\s+{_LEVEL}\s+", "court", ""),  # "TAND tỉnh X": the same court
    (rf"(?:Viện\s+[Kk]iểm\s+sát\s+nhân\s+dân|VKSND)\s+{_LEVEL}\s+", "procuracy", ""),
    # "UBND TP.Móng Cái": the city's level glued to its name
    (rf"(?:UBND|[ỦU]y\s+ban\s+[Nn]hân\s+[Dd]ân|Uỷ\s+ban\s+[Nn]hân\s+[Dd]ân)\s+(?:{_LEVEL}\s+|TP\.(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]))", "peoples-committee", ""),
    # The People's Council, elected, is a body of its own beside the committee it elects.
    (rf"(?:HĐND|Hội\s+đồng\s+[Nn]hân\s+[Dd]ân)\s+(?:{_LEVEL}\s+|TP\.(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]))", "peoples-council", ""),
    # "MTTQ Việt Nam tỉnh Kon Tum", "Mặt trận Tổ quốc huyện X": the front of a place is its committee
    (rf"(?:(?:Ủy\s+ban|Uỷ\s+ban|UB)\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)|UBMTTQ|MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?\s+{_LEVEL}\s+",
     "fatherland-front", ""),
    (r"(?:Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Thành\s+ủy|Thành\s+uỷ|Thị\s+ủy|Thị\s+uỷ)\s+", "party-committee", ""),
    (rf"(?:Đảng\s+ủy|Đảng\s+uỷ)\s+{_LEVEL}\s+", "party-committee", "local"),
    (rf"Đảng\s+bộ\s+{_LEVEL}\s+", "party-organisation", ""),
    (rf"(?:(?:Cục|Chi\s+[Cc]ục)\s+)?Hải\s+[Qq]uan(?=\s+(?:{_LEVEL}|[Cc]ửa\s+khẩu|CK)\s)(?:\s+{_LEVEL}|\s+(?:[Cc]ửa\s+khẩu|CK)"
     r"(?:\s+[Qq]uốc\s+tế|\s+[Cc]ảng)?)?\s+", "customs", ""),
    (r"(?:[Cc]ông\s+an|CA)\s+TP\.?\s?(?=HCM\b)", "police", "provincial"),  # "Công an TP.HCM", "Công an TPHCM"
    (r"(?:Tỉnh\s+đội|tỉnh\s+đội)\s+", "military-command", "foreign"),
    (rf"Tiểu\s+khu\s+[Qq]uân\s+sự\s+(?:{_LEVEL}\s+)?", "military-sub-region", "foreign"),  # Cambodia's provincial forces
    (rf"Chi\s+khu\s+[Qq]uân\s+sự\s+(?:{_LEVEL}\s+)?", "military-district", "foreign"),  # and its districts' ("Chi khu quân sự huyện X")
    (r"Ty\s+(?:[Cc]ông\s+an|[Cc]ảnh\s+sát)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "police", "foreign"),  # "Ty Công an Kratie"
    # "Chính quyền huyện Mường Ét", "Chính quyền nhân dân TP. Đông Hưng": a district's or a city's authorities across the
    # border; "UBCQ huyện Sê Pôn" (Ủy ban chính quyền) is a Lao district's.
    # "Ủy ban hành chính tỉnh Kampốt": a Cambodian province's administration.
    (rf"(?:Chính\s+quyền(?:\s+nhân\s+dân)?|UBCQ|[ỦU]y\s+ban\s+(?:[Cc]hính\s+quyền|hành\s+chính)|Uỷ\s+ban\s+(?:[Cc]hính\s+quyền|hành\s+chính))\s+{_LEVEL}\s+",
     "authorities", ""),
    # "Cảnh sát biên giới tỉnh Chăm Pa Sắc": a province's border police across the border.
    (rf"Cảnh\s+sát\s+[Bb]iên\s+giới\s+{_LEVEL}\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "border-police", "foreign"),
    # "Cảnh sát tỉnh Svay Rieng": a province's police across the border (Vietnam's own is "Công an").
    (rf"Cảnh\s+sát\s+{_LEVEL}\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "police", "foreign"),
    # "An ninh tỉnh Khăm Muộn": a Lao province's security police (Vietnam's own is "Công an").
    (rf"An\s+ninh\s+{_LEVEL}\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "security-police", "foreign"),
    # "Chốt cảnh giới Biên phòng Tà Peng", "chốt Biên phòng Mỹ Lý": a post's checkpoint, named by its place
    (r"[Cc]hốt(?:\s+(?:cảnh\s+giới|kiểm\s+soát|chặn|trực))?\s+(?:[Bb]iên\s+phòng|BP)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "border-checkpoint", "local"),
    # "Bộ đội Biên phòng Thường Phước": a post named as the force of its place (a province's is province_bodies').
    (r"(?:Bộ\s+đội\s+Biên\s+phòng|BĐBP)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "force-of-place", "local"),
    # "Bộ Tư lệnh Bộ đội biên phòng Nghệ An": a province's command written with the national command's word
    (r"Bộ\s+Tư\s+lệnh\s+(?:Bộ\s+[Đđ]ội\s+[Bb]iên\s+[Pp]hòng|BĐBP)\s+(?:tỉnh\s+)?(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", "command-of-province", "provincial"),
]


_VI_PATTERN = re.compile("|".join(f"(?P<p{i}>{p})" for i, (p, _, _) in enumerate(_VI_PATTERNS)))


# The first words of those patterns: found first (a literal alternation is quick), each then tried in full.
_VI_OPENING = re.compile(r"(?<![\w])(?:Đồn|đồn|Ty|Trạm|trạm|Phân|phân|Đảng|Bộ|BCH|Ban|Biên|BĐBP|Công|công|CA|UBND|UBMTTQ|MTTQ|Mặt|TAND|VKSND|Ủy|Uỷ|HĐND|Hội|UB|Tỉnh|tỉnh|Huyện|Thị|"
                         r"Thành|Đảng|Cục|Chi|Tòa|Toà|Viện|Hải|BCHQS|Hạt|Đoàn|Cảnh|Quân|Tiểu|Chính|Sở|UBCQ|Tổng|Chốt|chốt|An|Ty|ĐBP)(?![\w])")


_LEVEL_OF = {"tỉnh": "provincial", "thành phố": "provincial", "tp": "provincial", "tp.": "provincial", "huyện": "local",
             "xã": "local", "phường": "local", "thị trấn": "local", "thị xã": "local", "quận": "local"}


_COUNTRY_END = re.compile(r"(?: [-–])? (?:Việt Nam|Lào|Campuchia|Trung Quốc)$")
_BARE_LEVEL_END = re.compile(r"\scấp\s+(?:tỉnh|huyện|xã|cơ\s+sở)$")
# A province's body named without its province ("UBND tỉnh", "Tỉnh ủy"): the article's province, which
# the linking step puts in (see extract/article.py).
_PROVINCE_BODY = re.compile(r"(?<![\w])(?<!lực lượng )(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Công\s+an|BĐBP|"
                            r"Bộ\s+đội\s+[Bb]iên\s+phòng|"
                            r"(?:Ủy|Uỷ)\s+ban\s+(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?|"
                            r"(?:(?:Bộ|Ban)\s+[Cc]hỉ\s+huy|BCH)\s+(?:BĐBP|Bộ\s+đội\s+[Bb]iên\s+phòng(?:\s+\(BĐBP\))?|[Qq]uân\s+sự)|Đảng\s+bộ)\s+tỉnh|Tỉnh\s+(?:[uủ]y|uỷ|[đĐ]oàn))"
                            r"(?![\w])(?!\s+[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")


# Vietnamese names of bodies: the opening words, then a capitalised name whose later words may be lower
# case ("Bộ Tư lệnh Lục quân", "Cục Biên giới", "Phòng Nghiệp vụ", "Trường Tiểu học A Viên").
# A school names its kind first ("Trường THPT Lê Quý Đôn"); "Trường Sơn", "Trường Sa" are places.
_SCHOOL_KINDS = ("THPT|THCS|PTDTBT|PTDTNT|PTDT|PTCS|TH|PT|Tiểu|Trung|Mầm|Mẫu|Đại|Cao|Phổ|Quân|Sĩ|Chính|Dân|Hữu|Nội|"
                 "Dạy|Văn|Cán|Bồi|Kỹ|Nghiệp|Biên|Nghệ|Sư|Năng|Quốc|Song")


_VI_HEADS = re.compile(
    r"(?<![\w])(?P<head>Tổng\s+đội|Tiểu\s+đoàn|Đại\s+đội|Trung\s+đoàn|Lữ\s+đoàn|Hải\s+đội|Hải\s+đoàn|Bộ\s+Chỉ\s+huy|Ban\s+Chỉ\s+huy|Ban\s+Chỉ\s+đạo|Bộ\s+Tổng\s+Tư\s+lệnh|Bộ\s+Tổng\s+Tham\s+mưu|Bộ\s+Tư\s+lệnh|Tổng\s+[Cc]ục|Chi\s+cục|Chi\s+đội|Cục|(?<![Bb]iên\s)Phòng|Đội|"
    rf"Quân\s+đội|Học\s+viện|Đại\s+học|[Tt]rường(?=\s+(?:{_SCHOOL_KINDS})\b)|Bệnh\s+viện|Trung\s+tâm|Tổng\s+công\s+ty|Công\s+ty|Tập\s+đoàn|Viện|Sở|Phân\s+[Tt]rạm|Trạm(?:\s+y\s+tế|\s+xá)?|Hội\s+đồng|Hội|Tòa\s+án|Toà\s+án|Ngân\s+hàng|Đoàn\s+Thanh\s+niên|Quỹ|Quân\s+khu|"
    rf"Bộ|Ban(?=\s+{BAN_BOARD_WORDS}\b)|Ủy\s+ban|Uỷ\s+ban|Liên\s+đoàn|Liên\s+hiệp|Nhóm|Cơ\s+quan|Tổ\s+chức|Câu\s+lạc\s+bộ|Báo|Đài|Văn\s+phòng|Tỉnh\s+đội|Đảng\s+bộ|Tạp\s+chí|Đại\s+sứ\s+quán|Tổng\s+Lãnh\s+sự\s+quán|Lãnh\s+sự\s+quán|[Đđ]oàn\s+[Đđ]ặc\s+nhiệm|"
    r"Biên\s+đội|Binh\s+đoàn|Hiệp\s+hội|Nghiệp\s+đoàn|Quân\s+đoàn|Khoa(?=\s+(?:Biên|Quân|Chỉ|Chính|Hậu|Trinh|Luật|Ngoại|Tham)\s)|"
    r"Đoàn\s+[Vv]ăn\s+công|Đoàn\s+[Nn]ghệ\s+thuật|Nhà\s+hát|Bảo\s+tàng|Chính\s+quyền|Lâm\s+trường|Nông\s+trường|Cảng\s+vụ)"
    r"\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")


# Units and boards named in lower case after their head, then a place or a number: "Đại đội quản lý biên
# giới huyện Kim Bình", "Đại đội biên phòng 511", "Ban Chỉ đạo phân giới cắm mốc tỉnh Gia Lai", "Ban Chỉ huy phòng
# chống thiên tai và tìm kiếm cứu nạn tỉnh Điện Biên".
_VI_LOWER_HEADS = re.compile(r"(?<![\w])(?P<head>[Tt]rường(?=\s+(?:mầm\s+non|tiểu\s+học|trung\s+học(?:\s+cơ\s+sở|\s+phổ\s+thông)?|phổ\s+thông(?:\s+trung\s+học)?)\s+(?:xã\s+|thị\s+trấn\s+)?[A-ZĐ])|Đại\s+đội|Trung\s+đội|Tiểu\s+đội|Tiểu\s+đoàn|Đội|Ban\s+Chỉ\s+đạo|Ban\s+Chỉ\s+huy|Ban\s+[Ll]iên\s+lạc|Ban\s+[Qq]uản\s+lý|Công\s+ty(?=\s+cổ\s+phần)|(?:Cục|Phòng)(?=\s+phòng,?\s+chống)|Hội(?=\s+(?:từ\s+thiện|nhà\s+báo|doanh\s+nhân)\s)|(?:Ủy|Uỷ)\s+ban(?=\s+liên\s+hợp\s))\s+(?=[a-zđ])")


# Lower-case words that may continue a Vietnamese name after its capitalised first word.
_VI_NAME_WORDS = frozenset(
    "quân binh giới nghiệp vụ sát nhiệm đặc tham mưu trị hậu cần kỹ thuật chính an ninh biên phòng nhân dân quốc sự "
    "tế cơ động huấn luyện quản lý cửa khẩu ma túy tội phạm chống điều tra hình hoàng gia liên hợp tác ngoại đối "
    "tuyên giáo dục đào tạo y học trung tiểu phổ thông non mầm nội trú bán tộc sở cấp và thiện nguyện soát kiểm "
    "giao vận tải hải thủy lợi nghiệp môi trường công thương đội đoàn huy lệnh bộ vũ trang biển cảnh chỉ đạo "
    "thanh niên phụ nữ cựu chiến binh nông dân hội tỉnh huyện xã ủy uỷ chức ương đạo thường bộ phần liên doanh "
    "trách nhiệm hữu hạn động vệ cảng bảo khu án niên kiểm sát sách nông thôn thương binh du lịch thể thao văn hóa hoá "
    "truyền thông tin khoa công nghệ tài chính nguyên tư pháp tôn lao tế dục tìm kiếm cứu nạn hộ hàng khu vực thiên tai "
    "duyên chống cộng sản dựng cử xuất nhập triển phủ hành trật lâm kinh đỏ di trị thành phố luật khen thưởng truyền thống cổ phần "
    "thủ tục xung phong".split())


# Kinds of body written like names but naming none.
_VI_GENERIC = frozenset({"ban tổ chức", "trạm kiểm soát", "trạm kiểm soát biên phòng", "trạm cửa khẩu", "trạm cửa khẩu chính",
                         "ban chỉ huy biên phòng cửa khẩu", "ban chỉ huy", "ban chỉ đạo", "trạm biên phòng", "đội công tác",
                         "tổ công tác", "đội vận động quần chúng", "đội vận động", "tổ vận động", "đội trinh sát", "hội đồng", "ban quản lý",
                         "bộ chỉ huy quân sự", "ban chỉ huy quân sự", "bộ chỉ huy biên phòng", "trường tiểu học", "trường thcs",
                         "trường thpt", "trường mầm non", "ban liên lạc"})


# Lower-case words that go on a name after an acronym: "BĐBP tỉnh", "UBND xã", "Phòng PCMT và TP".
_AFTER_ACRONYM = frozenset("tỉnh huyện xã thành thị phường quận cửa cảng và biên".split())
# Name words that only finish a compound ("Tiểu học", "Y học"): "Trường … Nậm Cuổi học về" ends at "Cuổi".
_VI_SECOND_HALF = {"học": {"tiểu", "trung", "đại", "y", "khoa", "sư", "văn", "hóa", "hoá", "tin", "dược"}}
# "nhân" opening "on the occasion of" after a name: "Học viện Biên phòng nhân dịp …" ends at "phòng" ("Công an nhân
# dân", "Hội Doanh nhân Buôn Ma Thuột" go on).
_OCCASION = re.compile(r"nhân\s+(?:dịp|ngày|kỷ\s+niệm|chuyến)\b")
# A country by its formal name after a body's: "Bộ Quốc phòng nước CHDCND Lào", "… nước Cộng hòa xã hội chủ nghĩa Việt Nam".
_FORMAL_COUNTRY = re.compile(r"(?:nước\s+)?(?:Cộng\s+h(?:òa|oà)\s+(?:[Xx]ã\s+hội\s+[Cc]hủ\s+nghĩa\s+Việt\s+Nam|[Dd]ân\s+chủ\s+[Nn]hân\s+dân\s+Lào|"
                             r"[Nn]hân\s+dân\s+Trung\s+Hoa)|CHXHCN\s+Việt\s+Nam|CHDCND\s+Lào|CHND\s+Trung\s+Hoa|Vương\s+quốc\s+Campuchia)(?![\w])")


# Words in lower case that name what a body does and go on its name: "Ban Chỉ đạo phân giới cắm mốc tỉnh …".
_VI_LOWER_PHRASE = re.compile(r"(?:rừng\s+(?:phòng\s+hộ|đặc\s+dụng)|phân\s+giới\s+cắm\s+mốc|hội\s+ngộ(?:\s+hội\s+đàm)?|quân\s*-?\s*dân\s+y|bầu\s+cử|"
                              r"chấp\s+hành|chống\s+buôn\s+lậu|phòng,\s+chống|xuất,\s+nhập\s+cảnh|từ\s+thiện|nhà\s+báo|quản\s+lý\s+thị\s+trường|(?:trên\s+)?đất\s+liền|giữa\s+hai\s+nước|"
                              r"dân\s+quân\s+thường\s+trực|dân\s+quân\s+tự\s+vệ|phát\s+triển\s+nông\s+thôn)(?![\w])", re.IGNORECASE)  # "Cục Điều tra chống buôn lậu": the anti-smuggling


# Capitalised words that open what follows a name, not its next word: "Ban Tổ chức Chương trình …".
_VI_NOT_NAME_PAIRS = frozenset("chương trình|kế hoạch|đề án|dự án|hội nghị|hội thảo|hội thi|hội thao|cuộc thi|giải thưởng|"
                               "nghị quyết|quyết định|chỉ thị|thông tư|nghị định|thông báo|công văn|tháng|đại hội".split("|"))


# The first syllable of such a word never ends a name on its own: "Trường Đại", "Ban Chấp" are cut short.
_VI_FIRST_HALVES = frozenset({"Mặt", "Đại", "Chấp", "Bầu", "Chỉ", "Tổ", "Thường", "Cao", "Hội", "Kiểm", "Tham", "Hậu", "Kỹ", "Tuyên",
                              "Phân", "Cắm", "Truyền", "Phát", "Thi", "Khen", "Tiểu", "Trung", "Liên",
                              "Ban", "Bộ", "Cục", "Sở", "Cửa"})  # "Ban Chỉ huy Bộ…", "… Biên phòng Cửa kh…": cut, or a second body


# Verbs that follow a name and share words with names ("điều động" and "điều tra", "tổ chức" and "tổ").
_VI_VERB = re.compile(r"(?:(?:đào\s+tạo|huấn\s+luyện)\s+(?:cán\s+bộ|sĩ\s+quan|học\s+viên|chiến\s+sĩ|tân\s+binh|cho|được|hơn|gần|trên|\d)|"
                      r"trang\s+bị|động\s+viên|tham\s+quan|tuyên\s+truyền|hội\s+đàm|hội\s+ý|chỉ\s+đạo|chỉ\s+huy|chủ\s+trì|điều\s+động|điều\s+hành|tổ\s+chức|phối\s+hợp|kiểm\s+tra|tuần\s+tra|quản\s+lý\s+(?:và|chặt)|"
                      r"hợp\s+tác\s+(?:với|chặt)|tham\s+gia|trao|tặng|phát\s+hiện|tiến\s+hành|triển\s+khai|thực\s+hiện|tài\s+trợ|"
                      r"hỗ\s+trợ|ủng\s+hộ|công\s+bố|công\s+nhận|bàn\s+giao|tiếp\s+nhận|phát\s+động|ký\s+kết|ra\s+quân|thăm|chúc|đón|cử|dự|gặp|làm\s+việc|họp|mừng|viếng|dâng|nhận|gửi|biểu\s+dương|(?<!đua\s)khen|thường\s+xuyên|"
                      r"hàng\s+(?:trăm|nghìn|ngàn|chục|vạn|triệu|loạt|năm|tháng|ngày|tuần|giờ))\b")  # but "Hội đồng Thi đua khen thưởng" is a name
# ("hàng trăm hộ": a quantity after "và", not "Ngân hàng")


_UNIT_OPENINGS = {"Tiểu", "Đại", "Trung", "Lữ", "Hải", "Đội", "Bộ", "Quân", "Bệnh", "Trạm"}  # units that may end on a number ("Bệnh viện Quân y 6")


_FOREIGN_END = re.compile(r"(?:Lào|Campuchia|Cam-pu-chia|Trung Quốc|Thái Lan|Hoàng gia)$")


_COUNTRY_NAME = re.compile(r"(?:Việt Nam|Lào|Campuchia|Trung Quốc|CHDCND Lào|Vương quốc Campuchia)(?![\w])")
_PLACE_END = re.compile(r"(?:tỉnh|huyện|xã) [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*)*$")
_COUNTRY_AFTER = re.compile(r" (?:nước )?(?:CHDCND Lào|Vương quốc Campuchia|Lào|Campuchia|Cam-pu-chia|Trung Quốc|Việt Nam|VN|Hoàng gia Campuchia)\b")


# The Border Guard's special task forces, named by their region in lower case.
_TASK_FORCE = re.compile(r"(?<![\w])(?:Đội\s+\d{1,2}\s+)?[Đđ]oàn\s+[Đđ]ặc\s+nhiệm"
                         r"(?:\s+[Pp]hòng,?\s+chống\s+(?:ma\s+túy\s+và\s+tội\s+phạm|tội\s+phạm\s+ma\s+túy))?"
                         r"\s+(?:miền\s+(?:Bắc|Trung|Nam)|số\s+\d{1,2}(?!\d))")  # "… số 1": the task forces are numbered too


def vietnamese_named_bodies(text: str) -> list[Mention]:
    out = [Mention(x.start(), x.end(), ORGANISATION, slugify(x.group()), x.group(), (("name", x.group()), ("level", "national")))
           for x in _TASK_FORCE.finditer(text)] if "nhiệm" in text else []
    for head in itertools.chain(_VI_HEADS.finditer(text), _VI_LOWER_HEADS.finditer(text)):
        lower = head.re is _VI_LOWER_HEADS
        if head.group("head").startswith("Đảng") and _VI_OPENING.match(text, head.end()) and _VI_PATTERN.match(text, head.end()):
            continue  # "Đảng bộ BĐBP tỉnh X": the Party organisation of a body found by pattern (see party_bodies)
        end = _vi_name_end(text, head.end(), unit=lower or head.group("head").split()[0] in _UNIT_OPENINGS, lower=lower)
        if end is None:
            continue
        country = _COUNTRY_AFTER.match(text, end)
        if country and not _PLACE_END.search(text, head.end(), end):  # "Bộ Chỉ huy BĐBP tỉnh Kon Tum Việt Nam": Kon Tum's
            end = country.end()
        seat = re.match(r" (?:tại|ở) (?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])", text[end:end + 6]) if "quán" in head.group("head") else None
        short_city = re.match(r"TP\.?\s?HCM\b", text[end + seat.end():end + seat.end() + 7]) if seat else None
        seat_end = end + seat.end() + short_city.end() if short_city else name_run(text, end + seat.end(), 4) if seat else None
        if seat_end:  # "Đại sứ quán Campuchia tại Việt Nam"
            end = seat_end
        if _PLACE_TYPE_BEFORE.search(text, max(0, head.start() - 12), head.start()):
            continue  # "khu Phòng Thành": a place named like a body
        if head.group("head") == "Hội" and (capital_before(text, head.start()) and text[head.start() - 1:head.start()] == " "
                                            or text.endswith(("TP.", "Tp.", "P.", "TX."), 0, head.start())):
            continue  # "Vĩnh Hội Đông", "TP.Hội An": a syllable inside a place's name
        name = text[head.start():end]
        if _ENGLISH_PLACE_WORD.search(name) or _ENGLISH_PLACE_WORD.match(text, end):
            continue  # "the Sở Thượng River": a Vietnamese place in an English text
        glued = name.find(head.group("head").split()[0], len(head.group()))
        if glued > 0 and name[glued - 1].isalpha():  # "Báo Tin TứcBáo Tin Tức": a name written twice, glued
            end = head.start() + glued
            name = text[head.start():end]
        if _BARE_LEVEL_END.search(name):
            continue  # "Ủy ban MTTQ cấp huyện": the bodies of a level, no one body
        if " ".join(name.casefold().split()) in _VI_GENERIC:
            continue  # "Ban Tổ chức", "Trạm Kiểm soát biên phòng": a kind of body, no name
        rest = text[head.end():end].split()
        if rest and rest[0] in family_names() and 2 <= len(rest) <= 4 and _position_before(text, head.start()):
            continue  # "Phó Giám đốc Sở Nguyễn Thị Lan": a person after a position, not a body
        ministry = _MINISTRY.match(text, head.start()) if head.group("head") == "Bộ" else None
        if ministry and ministry.end() < end and text[ministry.end() + 1:ministry.end() + 2].islower() \
                and not text.startswith(" nước ", ministry.end()):  # "Bộ Quốc phòng nước Cộng hòa …": another country's
            end = ministry.end()  # "Bộ Quốc phòng quản lý cảng": the ministry, then what it does
            name, rest = text[head.start():end], text[head.end():end].split()
        holder = next((i for i in range(1, len(rest)) if rest[i] in family_names() and 2 <= len(rest) - i <= 3
                       and rest[i - 1][:1].islower() and all(w[:1].isupper() for w in rest[i:])), None) \
            if head.group("head").split()[0] in _OFFICE_HEADS and _position_before(text, head.start()) else None
        if holder is not None:  # "Bộ trưởng Bộ Công an Trần Quốc Hoàn": the body, then the position's holder
            end = head.end() + len(" ".join(text[head.end():end].split(" ")[:holder]))
            name = text[head.start():end]
        level = "foreign" if _FOREIGN_END.search(name) else ""
        numbered = _NUMBERED_UNIT.match(name)  # "Đại đội biên phòng 511" and "Đại đội 511": one company
        key = f"{slugify(numbered.group(1))}-{numbered.group(2)}" if numbered else slugify(_BRACKETED.sub("", name))
        out.append(Mention(head.start(), end, ORGANISATION, key, name, (("name", name), ("level", level))))
    return out


_NUMBERED_UNIT = re.compile(r"(Đại\s+đội|Trung\s+đội|Tiểu\s+đoàn|Hải\s+đội|Hải\s+đoàn|Trung\s+đoàn|Lữ\s+đoàn)\s+"
                            r"(?:[Bb]iên\s+phòng\s+)?(?:số\s+)?(\d{1,3})$")


_PLACE_TYPE_BEFORE = re.compile(r"(?<![\w])(?:khu|xã|huyện|thôn|bản|ấp|đường|phố|phường|quận|thị\s+trấn|thành\s+phố|sông|suối|kênh|rạch|núi|đảo|hồ) $")
_ACRONYM_AFTER_COMMA = re.compile(r", [A-ZĐ]{2,}\b")
_COMMA_LIST = re.compile(r", [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]* [^\W\d_]+ và [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]")
# The ministries, whose names are fixed: a lower-case word after one is the sentence's ("Bộ Xây dựng cấp phép").
_MINISTRY = re.compile(
    r"Bộ\s+(?:Quốc\s+phòng|Công\s+an|Ngoại\s+giao|Nội\s+vụ|Tư\s+pháp|Tài\s+chính|Công\s+[Tt]hương|Xây\s+dựng|Y\s+tế|"
    r"Nông\s+nghiệp\s+và\s+(?:Phát\s+triển\s+nông\s+thôn|Môi\s+trường)|Giao\s+thông\s+[Vv]ận\s+tải|Tài\s+nguyên\s+và\s+Môi\s+trường|"
    r"Thông\s+tin\s+và\s+Truyền\s+thông|Lao\s+động\s*[-–]\s*Thương\s+binh\s+và\s+Xã\s+hội|Khoa\s+học\s+và\s+Công\s+nghệ|"
    r"Giáo\s+dục\s+và\s+Đào\s+tạo|Kế\s+hoạch\s+và\s+Đầu\s+tư|Dân\s+tộc\s+và\s+Tôn\s+giáo|"
    r"Văn\s+hóa,\s+Thể\s+thao\s+và\s+Du\s+lịch)(?![\w])")
# Offices of the state, which are never named after a person (schools and hospitals may be: "Trường Tiểu học Lê Lợi").
_OFFICE_HEADS = frozenset({"Bộ", "Sở", "Phòng", "Cục", "Tổng", "Chi", "Văn", "Ủy", "Uỷ"})
_POSITION_BEFORE = re.compile(r"(?:Giám đốc|[Tt]rưởng|Phó|Chủ tịch|Chủ nhiệm|[Cc]hánh|Bí thư|Chính ủy) $")


def _position_before(text: str, start: int) -> bool:
    """A position's title right before `start` ("Phó Giám đốc Sở …"); the window holds the longest title, so
    that the search does not scan the paragraph from its start for every body."""
    return bool(_POSITION_BEFORE.search(text, max(0, start - 16), start))


_YOUTH_UNION = re.compile(r"(?<![\w])Đoàn\s+Thanh\s+niên(?![\w])(?!\s+[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
_PROVINCIAL_PREFIXES = frozenset({"border-guard-command", "peoples-committee", "peoples-council", "police", "party-committee",
                                  "military-command"})
_AND_PROVINCE = re.compile(r" và (?P<name>[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*){1,3})")
# Words that never stand inside a Vietnamese name: prepositions, particles, conjunctions.
_VI_STOP = frozenset("và của cho tại với để trong về được bị là có các những cùng đến từ theo trên dưới khi đã đang sẽ "
                     "vừa mới thì mà này đó ở vào ra lên xuống nhằm nên như hay hoặc gồm thuộc tới sau trước qua "
                     "không chưa rất cũng đều nhiều một hai ba bốn năm do bởi lần thứ làm".split())


def _bridges_to_a_name(text: str, start: int) -> bool:
    """A lower-case word of any kind continues a name when a capitalised word follows it ("Hội Liên
    hiệp Phụ nữ", "Công ty Cổ phần Xi măng Hà Tiên"), unless it is a verb or a word that joins clauses
    ("… Tỉnh ủy ban hành Quyết định", "… do Đại tá …")."""
    word = WORD.match(text, start)
    if not word or word.group() in _VI_STOP or _VI_VERB.match(text, start) or text[word.end():word.end() + 1] != " ":
        return False
    following = WORD.match(text, word.end() + 1)
    return (bool(following) and following.group()[0].isupper() and len(following.group()) > 1
            and following.group() not in FUNCTION_WORDS)


def capital_before(text: str, end: int) -> bool:
    """Whether the word that ends right before `end` (and a space) is capitalised."""
    before = re.search(r"([^\W\d_]+)\s$", text[max(0, end - 20):end])
    return bool(before) and before.group(1)[0].isupper()


_DOTTED = re.compile(r"[A-ZĐ]{1,2}\.[A-ZĐƯ][A-ZĐƯ]*(?!\w|\.\w)|(?:P|TP|TT|H)\.(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]* )"  # "P.An Thới"
                     r"|T[Pp]\.(?= (?:HCM|Hồ Chí Minh)\b)"  # "Cảng vụ Hàng hải Tp. HCM"
                     r"|[A-ZĐ]{1,4}(?:-[A-ZĐ]{1,4})?&[A-ZĐ]{1,5}(?![\w&])")  # "Sở TT&TT", "Sở LĐ-TB&XH": fields joined by "&"
_TERM_AFTER = re.compile(r" (?:khóa|khoá|nhiệm kỳ|lần thứ)\b")
# A body's name after a dash is a second body: "Bộ Tư lệnh Hiến binh - Quân đội Hoàng gia Campuchia".
_BODY_OPENING_AFTER = re.compile(r"(?:Quân\s+đội|Bộ|Ban|Cục|Sở|Đồn|Phân|Trạm|Đại\s+đội|Công\s+an|UBND|BĐBP|Bộ\s+đội|Cơ\s+quan|"
                                 r"Văn\s+phòng|Trung\s+tâm|Tổng\s+cục|Học\s+viện|Viện)\b")


# A position after a dash ends the body's name: "Tổng cục Cảnh sát - Phó Tổng cục trưởng …".
_POSITION_AFTER_DASH = re.compile(r"(?:Phó|Trưởng|Chủ\s+tịch|Giám\s+đốc|Chính\s+[uủ]y|Bí\s+thư|Đại\s+tá|Thượng\s+tá|Trung\s+tá|"
                                  r"Thiếu\s+tá|Đại\s+úy|Ông|Bà|Đồng\s+chí)\b")


def _next_word(text: str, word: re.Match) -> str:
    following = WORD.match(text, word.end() + 1) if text[word.end():word.end() + 1] == " " else None
    return following.group() if following else ""


# After "và", what opens no part of a body's name: a rank, a title, a school's word, the Party ("Bộ Quốc phòng Việt
# Nam và Thượng tướng …", "Bộ Tư lệnh BĐBP và trường Học viện …"); and before it, a country, which ends a name.
_AFTER_AND_NOT_NAME = re.compile(r"(?:trường|[Tt]hượng\s+tướng|[Tt]rung\s+tướng|[Tt]hiếu\s+tướng|[Đđ]ại\s+tướng|[Đđ]ại\s+tá|"
                                 r"[Tt]hượng\s+tá|[Tt]rung\s+tá|[Tt]hiếu\s+tá|[Đđ]ồng\s+chí|ông|bà|Đảng|Đ\.)(?![\w])")
_COUNTRY_BEFORE_AND = re.compile(r"(?:Việt\s+Nam|Lào|Campuchia|Trung\s+Quốc|Thái\s+Lan) $")


def _unit_opens(text: str, start: int) -> bool:
    """Whether the capitalised words at `start` open the name of an administrative unit ("Hà Giang", "Cao Bằng")."""
    words = [w.group() for w in WORD.finditer(text, start, start + 40)][:3]
    return any(unit_kinds(" ".join(words[:n])) for n in range(1, len(words) + 1))


# A body's abbreviation in brackets, then its level and place: the name goes on.
_ABBREVIATION_BEFORE_LEVEL = re.compile(rf" \([A-ZĐ]{{2,8}}\) (?={_LEVEL} [A-ZĐ])")
_BRACKETED = re.compile(r" \([A-ZĐ]{2,8}\)(?= )")  # keyed without it: the same body as written without


_INITIALS = re.compile(r"[A-ZĐ]\.[A-ZĐ](?:\.[A-ZĐ])?\.?(?![\w.])")
_POST_OPENING = re.compile(r"Đồn\s+(?:[Bb]iên\s+[Pp]hòng|BP)\s")
_REGION_NUMBER = re.compile(r" (?:\d{1,2}|[IVX]{1,4})(?![\w/.,]\w)")


def _vi_name_end(text: str, start: int, unit: bool = False, lower: bool = False) -> int | None:
    """The end of a name that opens with a capitalised word at `start`: later words are capitalised,
    acronyms, numbers or words of _VI_NAME_WORDS; it ends on such a word, at most eight of them.
    `lower`: the name may open with words of _VI_NAME_WORDS in lower case, and then ends on a capitalised
    word or a number ("Đại đội biên phòng 511")."""
    if MIDDLE_NAME.match(text, start):
        return None  # "Chủ tịch Hội Nguyễn Thị Cúc": a person after the head, no body's name
    end = None
    position = start
    placed = False  # a level word and its place were read: the name ends with the place
    place_start = start
    previous = ""  # the word read before
    phrase_end = start  # the end of a phrase of _VI_LOWER_PHRASE read
    for count in range(18):
        formal = _FORMAL_COUNTRY.match(text, position) if count else None
        if formal:  # Vietnam's own body keeps its usual name, and so its page ("Bộ Quốc phòng")
            end = end if formal.group().endswith("Việt Nam") else formal.end()
            break
        word = _DOTTED.match(text, position) or WORD.match(text, position)  # "Hội đồng Đội T.Ư", "Báo CA TP.HCM"
        if not word or count and _INITIALS.match(text, position):
            break  # "… Tỉnh ủy Thừa Thiên - Huế N.X": a writer's initials after the name
        token = word.group()
        if not token[0].isupper() and "-" in token:  # "Phòng An ninh-An toàn": two halves of one name
            token = token.split("-", 1)[0]
        capital = token[0].isupper()
        if placed and not capital:
            break
        if placed and capital and token in family_names() and unit_kinds(text[place_start:end]) \
                and not unit_kinds(text[place_start:word.end()]):
            break  # "… tỉnh Cao Bằng Hà Ngọc Huy": the place ends the name, a person follows, but "Lạng Sơn" is one place
        if placed and capital and _COUNTRY_NAME.match(text, word.start()) and word.start() > place_start:
            break  # "… tỉnh Kon Tum Việt Nam": the province's body, of that country
        if not placed and capital and text[max(0, word.start() - 10):word.start()].endswith(("tỉnh ", "huyện ", " xã ", "thành phố ")):
            if token in family_names() and not _unit_opens(text, word.start()):
                break  # "Giám đốc Sở TT&TT tỉnh Nguyễn Minh Bình": a person after the level word, the place unnamed
            placed, place_start = True, word.start()
        if count == 0 and (not capital and not (lower and (token in _VI_NAME_WORDS or _VI_LOWER_PHRASE.match(text, word.start())))
                           or token in FUNCTION_WORDS):
            return None
        # "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office serves both delegations
        both_delegations = token == "và" and previous in ("ĐBQH", "hội") and text.startswith(("HĐND", "Hội đồng"), word.end() + 1)
        if token == "và" and not both_delegations and (_VI_OPENING.match(text, word.end() + 1) or _VI_HEADS.match(text, word.end() + 1)
                              or _VI_LOWER_HEADS.match(text, word.end() + 1)
                              or previous[:1].isupper() and text[word.end() + 1:word.end() + 2].islower()  # "… Hải Sơn và nhân viên"
                              or _AFTER_AND_NOT_NAME.match(text, word.end() + 1) or _COUNTRY_BEFORE_AND.search(text, 0, word.start())
                              or text[word.end() + 1:word.end() + 2].isdigit()  # "… Dân y và 2 gia đình": a count, no name
                              or re.search(r"(?:tỉnh|huyện|xã) $", text[max(0, word.start() - 6):word.start()])
                              or text[word.start() - 2:word.start() - 1].isalpha() and capital_before(text, word.start())
                              and "province" in unit_kinds(text[word.end() + 1:name_run(text, word.end() + 1) or word.end() + 1])):
            break  # "Ban Chỉ huy BĐBP Hà Tĩnh và Công an tỉnh", "… BĐBP Tây Ninh và Long An": two bodies
        if word.end() > phrase_end:
            phrase = _VI_LOWER_PHRASE.match(text, word.start())
            phrase_end = phrase.end() if phrase else phrase_end
        half = not capital and (word.end() <= phrase_end or f"{previous.casefold()} {token}" in VI_COMPOUNDS
                                and previous[:1].isupper())
        if count and token == "Đồn" and _POST_OPENING.match(text, word.start()) and text.endswith(("Đội ", "Tổ "), 0, start):
            break  # "Đội Trinh sát Đồn Biên phòng Thuận": the post's team, then the post
        if capital and f"{token.casefold()} {_next_word(text, word)}" in _VI_NOT_NAME_PAIRS:
            break  # "Ban Tổ chức Chương trình …": what the body runs, not its name
        if not capital and len(previous) > 1 and previous.isupper() and previous.isalpha() and token not in _AFTER_ACRONYM:
            break  # "Ban Chỉ huy BĐBP liên tục đến": after an acronym only a level word goes on ("BĐBP tỉnh")
        previous = token
        if not half and not capital and (newer_tone(token) not in _VI_NAME_WORDS and not _bridges_to_a_name(text, word.start())
                            or _VI_VERB.match(text, word.start())
                            or token in _VI_SECOND_HALF and text[:word.start()].split()[-1].casefold() not in _VI_SECOND_HALF[token]
                            or token == "nhân" and _OCCASION.match(text, word.start())
                            or token == "cần" and not text[:word.start()].casefold().endswith("hậu ")):
            break
        if count == 0 and token in ("Tư", "Chỉ", "Tổng") and not text.startswith("Tư pháp", word.start()):
            return None  # "Bộ Tư lệnh cần...": a longer opening that did not match, not a name ("Bộ Tư pháp" is one)
        if token in FUNCTION_WORDS and count and token not in ("Bà", "Ông", "Anh", "Chị") and word.start() != place_start:
            break  # a sentence going on, but "Bà Rịa", "Anh Sơn" and "xã Ba Nang" are names
        end = word.end()
        if token[0].isupper() and "-" in word.group() and word.group().split("-", 1)[1][:1].islower():
            end = word.start() + len(token.split("-", 1)[0])
            break  # "Hội LHPN xã Ia Nan-thông tin": a dash without spaces before the sentence's verb
        if token in ("tỉnh", "huyện") and count and not _next_word(text, word)[:1].isupper():
            break  # "Đảng ủy Bộ Chỉ huy BĐBP tỉnh giao …": the province's body, its province unnamed
        if _TERM_AFTER.match(text, end):
            break  # "Ban Chấp hành Đảng bộ khóa XIII": the committee, whatever its term
        if text.startswith((" Anh hùng", " anh hùng"), end):
            break  # "Quân đội nhân dân Việt Nam Anh hùng": the body, then the title it was awarded
        if text[end:end + 3] in (" - ", " – ") and (not text.startswith(("Vương", "Việt", "Lào", "Cam"), end + 3)
                                                     or _COUNTRY_ENDS.search(text, max(start, end - 12), end)) \
                and not _BODY_OPENING_AFTER.match(text, end + 3) and not _POSITION_AFTER_DASH.match(text, end + 3):
            position = end + 3  # "Huấn luyện - Cơ động 2", "Liên minh chiến đấu Lào - Việt Nam", not "... - Vương quốc Campuchia"
        elif text.startswith(" về ma túy", end) and token == "phạm":
            position = end + 4  # "Phòng Cảnh sát điều tra tội phạm về ma túy": the drug squad
        elif abbreviation := _ABBREVIATION_BEFORE_LEVEL.match(text, end):
            position = abbreviation.end()  # "Hội Liên hiệp Phụ nữ (LHPN) xã Vĩnh Xương"
        elif _COMMA_LIST.match(text, end) and not _ACRONYM_AFTER_COMMA.match(text, end):
            position = end + 2  # "Bộ Văn hóa, Thể thao và Du lịch": a list inside the name (not "…, UBND tỉnh và …")
        elif text[end:end + 8] == ", chống " and token.casefold() == "phòng":
            position = end + 2  # "Cục Phòng, chống ma túy và tội phạm": prevention and control
        elif _SCHOOL_KIND.fullmatch(text, start, end) and _SCHOOL_NUMBER.match(text, end) and text.endswith(("Trường ", "trường "), 0, start):
            position = _SCHOOL_NUMBER.match(text, end).end()  # "Trường Tiểu học 4 Sông Đốc": schools numbered in a town
        elif end < len(text) and text[end] == " ":
            position = end + 1
        elif text[end - 1] == ".":
            position = end  # "P.An Thới": an abbreviated level glued to its place
        else:
            break
    code = re.match(r"\d{1,3}\b", text[end:end + 4]) if end and end > 2 and text[end - 2:end] in (" C", " D", " E", " F", " K") else None
    if code:
        return end + code.end()  # the army's codes of companies, battalions, regiments: "Tiểu đoàn Huấn luyện D19", "Đội K71"
    police_code = re.match(r" ?\d{2}\b", text[end:end + 4]) if end and re.search(r" P[A-Z]$", text[start - 1:end]) else None
    if police_code:
        return end + police_code.end()  # the police's codes of departments: "Phòng PC 04", "Phòng PC02"
    region = _REGION_NUMBER.match(text, end) if end and text.endswith(("Vùng", "vùng", "khu vực", "Khu vực"), 0, end) else None
    if region:
        return region.end()  # "Chi cục Kiểm ngư Vùng 1", "Chi cục Hải quan khu vực 9": the region's number ends the name
    number = re.match(r"(?: số)? \d{1,3}(?!\d)(?![/%.,]\d)(?! (?:nước|bên|đơn|lực|cấp|tỉnh|huyện|xã|người|đồn)\b)",
                      text[end:end + 14]) if end and unit else None
    if number:  # "Tiểu đoàn Huấn luyện - Cơ động 2"
        end += number.end()
    elif lower and end is not None and not text[start:end].split()[-1][0].isupper() and end > phrase_end:
        return None  # "Đội công tác": lower-case words with no name after them
    while end is not None and text[start:end].split()[-1] == "và":
        end = start + len(text[start:end].rsplit(" ", 1)[0])
    if end is not None and text[start:end].split()[-1] in _VI_FIRST_HALVES and not unit_kinds(" ".join(text[start:end].split()[-2:])):
        return None  # "Trường Đại h…": a name cut short, whatever it was (but "… Phú Hội" ends on a commune)
    return end


# A country before a dash and another after it, inside a name: "Hội Hữu nghị Việt Nam - Lào".
_ENGLISH_PLACE_WORD = re.compile(r"\s(?:River|Stream|Island|Islands|Lake|Bay|Mountain|Pass|Commune|District|Village|Ward)\b")
_SCHOOL_KIND = re.compile(r"THPT|THCS|TH|PTDTBT(?: TH| THCS)?|PTDTNT|Tiểu học|Mầm non|Mẫu giáo|Trung học cơ sở|Trung học phổ thông|Trung cấp|Cao đẳng")
_SCHOOL_NUMBER = re.compile(r" (?:số )?\d{1,2} (?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
_COUNTRY_ENDS = re.compile(r"(?<![\w])(?:Việt\s+Nam|Việt|Lào|Campuchia|Trung\s+Quốc)$")


# Cities written short after a body: "Công an TP.HCM" is the police of Ho Chi Minh City.
_SHORT_CITY_NAMES = {"TP.HCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh", "Tp.HCM": "Hồ Chí Minh", "Tp. HCM": "Hồ Chí Minh",
                     "HCM": "Hồ Chí Minh"}


# A company named by its legal form, its trade in lower case, then its brand: "Công ty cổ phần thực phẩm HIDA",
# "Công ty TNHH MTV xuất nhập khẩu Hưng Thịnh". The trade's words are any; the brand opens no other body.
_COMPANY_FORM = re.compile(r"(?<![\w])(?:Tổng\s+)?[Cc]ông\s+ty\s+(?:cổ\s+phần|CP|TNHH(?:\s+MTV|\s+[Mm]ột\s+thành\s+viên)?|"
                           r"trách\s+nhiệm\s+hữu\s+hạn)(?=\s)")
_COMPANY_WORD = re.compile(r"\s+([\w&.-]+)")


def _trade_goes_on(text: str, start: int) -> bool:
    """Whether the lower-case words at `start` lead, within three, to a capitalised word, with no verb or
    joining word among them: the trade goes on to the brand ("số kiến thiết Điện Biên", not "tặng quà Đồn …")."""
    for count, word in enumerate(re.finditer(r"[\w&.-]+", text[start:start + 60])):
        token = word.group()
        if token[0].isupper() or token[0].isdigit():
            return count > 0
        if count == 3 or token in _VI_STOP or _VI_VERB.match(token):
            return False
    return False


def companies(text: str) -> list[Mention]:
    """Companies named by their legal form, then their trade and brand; the name ends with the brand."""
    out = []
    for form in _COMPANY_FORM.finditer(text):
        position, trade, brand = form.end(), [], []
        while len(brand) < 4 and (word := _COMPANY_WORD.match(text, position)):
            token = word.group(1)
            if token[0].isupper() or token[0].isdigit():
                brand.append(word)
            elif brand and not (len(trade) + len(brand) < 6 and _trade_goes_on(text, word.start())) or len(trade) == 5:
                break
            else:  # the trade, its first word capitalised in sentence case: "… Xổ số kiến thiết Điện Biên"
                trade += [b.group(1) for b in brand] + [token]
                brand = []
            position = word.end()
        if not brand or _VI_OPENING.match(text, brand[0].start(1)) or _VI_HEADS.match(text, brand[0].start(1)) \
                or _VI_VERB.search(" ".join(trade)):
            continue  # "Công ty cổ phần tặng quà Đồn Biên phòng …": a gift to a post, no company's name
        name = text[form.start():brand[-1].end(1)].rstrip(".")
        out.append(Mention(form.start(), form.start() + len(name), ORGANISATION, slugify(name), name,
                           (("name", name), ("level", "local"))))
    return out


# The level a party committee's own name says ("Huyện ủy Điện Biên": the district's, keyed apart from
# the province's "Tỉnh ủy Điện Biên").
_COMMITTEE_LEVEL = {"Huyện": "huyện", "Thành": "thành phố", "Thị": "thị xã"}


def vietnamese_organisations(text: str) -> list[Mention]:
    out: list[Mention] = []
    for opening in _VI_OPENING.finditer(text):
        found = _VI_PATTERN.match(text, opening.start())
        if found is None:
            continue
        index = int(found.lastgroup[1:])
        _, prefix, level = _VI_PATTERNS[index]
        end = _name_before_person(text, found.end())
        numbered = ""
        if end is None and text.startswith("HCM", found.end()):
            end = found.end() + 3  # "Công an TP.HCM": the name glued to its abbreviated level
        if end is None and prefix in ("border-post", "armed-police-post"):
            number = re.match(r"\d{2,4}\b(?![/.,]\d)", text[found.end():found.end() + 6])  # "Đồn BP 821"
            end = found.end() + number.end() if number else None
            if end is not None and _NAME_AFTER_NUMBER.match(text, end):
                numbered = number.group()  # "Đồn Biên phòng 669 Đắc Nhoong": its number, then its name
                end = _name_before_person(text, end + 1) or end
        if end is None:
            continue
        if end - found.end() > 2 and text[end - 2] == " " and _INITIALS.match(text, end - 1):
            end -= 2  # "Tỉnh ủy Thừa Thiên - Huế N.X": the writer's initials after the place
        ward_number = re.match(r" \d{1,2}\b", text[end:end + 4])
        if ward_number and unit_kinds(text[found.end():end + ward_number.end()]):
            end += ward_number.end()  # "HĐND phường Móng Cái 2": the wards numbered since 2025
        code = re.match(r"\d+\b", text[end:end + 6])
        if code and end - found.end() <= 2:  # "Đồn Công an bảo vệ biên giới X16": a code, not a letter
            end += code.end()
        country = _COUNTRY_END.search(text, found.end(), end)
        if country and (unit_kinds(text[found.end():country.start()])
                        or country.start() > found.end() and re.search(rf"{_LEVEL}\s*$", found.group())):
            end = country.start()  # "Bộ đội Biên phòng tỉnh Lào Cai Việt Nam", "… tỉnh Attapeu - Lào": the province's
            level = level or ("" if country.group().endswith("Việt Nam") else "foreign")
        name = text[found.end():end]
        if prefix == "foreign":  # "Công an Trung Quốc": that country's police
            if name in COUNTRY_NAMES:
                whole = text[found.start():end]
                out.append(Mention(found.start(), end, ORGANISATION, slugify(whole), whole, (("name", whole), ("level", "foreign"))))
            continue
        if name in COUNTRY_NAMES:
            continue  # "các Đồn Biên phòng Việt Nam": the country's posts, no one post
        if prefix == "command-of-province":
            if not unit_kinds(name) & {"province", "city"}:
                continue  # "Bộ Tư lệnh BĐBP Việt Nam", the national command
            prefix = "border-guard-command"
        if prefix == "security-police" and unit_kinds(name):
            continue  # "An ninh tỉnh Lào Cai được giữ vững": the province's security, no body
        if prefix == "force-of-place":
            if unit_kinds(name) & {"province", "city"} or not unit_kinds(name):
                continue  # a province's force, or a name that is no place of Vietnam
            prefix = "border-post"
        level_word = re.search(rf"{_LEVEL}\s*$", found.group())
        if (level_word or prefix == "party-committee") and _person_not_place(name) and not ACROSS_THE_BORDER.match(text, end) \
                or _rank_opening(text, end):
            continue  # "Phó Chủ tịch UBND tỉnh Trần Kim Hùng", "Tỉnh ủy Hoàng Văn Bốn": a position, then its holder
        level = level or (_LEVEL_OF.get(re.sub(r"\s+", " ", level_word.group().strip().lower())) if level_word else "")
        if prefix == "party-committee" and not level:
            level = "provincial" if found.group().startswith(("Tỉnh", "Thành")) else "local"
        level_text = level_word.group() if level_word else _COMMITTEE_LEVEL.get(found.group().split()[0]) if prefix == "party-committee" else None
        key = f"{prefix}-{numbered or slugify(_SHORT_CITY_NAMES.get(name, name))}{small_level_suffix(level_text, name)}"
        out.append(Mention(found.start(), end, ORGANISATION, key, text[found.start():end],
                           (("name", text[found.start():end]), ("level", level or "local"))))
        second = _AND_PROVINCE.match(text, end) if prefix in _PROVINCIAL_PREFIXES else None
        if second and "province" in unit_kinds(second.group("name")):  # "Bộ Chỉ huy BĐBP Tây Ninh và Long An": two commands
            out.append(Mention(second.start("name"), second.end("name"), ORGANISATION, f"{prefix}-{slugify(second.group('name'))}",
                               second.group("name"), (("name", f"{found.group().strip()} {second.group('name')}"),
                                                      ("level", "provincial"))))
        if prefix == "border-post":
            # "các Đồn Biên phòng Ga Ry, A Nông và Hòa Bắc", "Đồn Biên phòng Cửa Đại, Hàm Luông và Cổ Chiên": one post
            # for each name
            listed = listed_names(text, end, after_first=True)
            if not text.endswith(("các ", "Các "), 0, found.start()):
                listed = _posts_listed(text, end, listed)
            for first, last in listed:
                out.append(Mention(first, last, ORGANISATION, f"{prefix}-{slugify(text[first:last])}", text[first:last],
                                   (("name", f"{found.group().strip()} {text[first:last]}"), ("level", "local"))))
    return out


_PLACE_TYPE_WORDS = frozenset("phường xã huyện tỉnh thôn bản ấp quận thị thành làng xóm".split())


def _posts_listed(text: str, end: int, listed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names listed after one post's name, written without a plural, when they read as more posts: the
    list ends with "và", and no name is a province, a person or another body ("Đồn Biên phòng Cửa Đại và
    Công an huyện", "… Sín Thầu, Lai Châu")."""
    kept = []
    for first, last in listed:
        name = text[first:last]
        if unit_kinds(name) & {"province", "city", "district"} or _VI_OPENING.match(text, first) or _VI_HEADS.match(text, first) \
                or name.split()[0] in family_names() and " " in name and not unit_kinds(name) \
                or name.split()[0].casefold() in _PLACE_TYPE_WORDS:
            break
        kept.append((first, last))
    if not kept or not re.search(r"\s(?:và|and)\s", text[kept[-2][1] if len(kept) > 1 else end:kept[-1][0]]):
        return []
    return kept


def _person_not_place(name: str) -> bool:
    """A name after a level word ("tỉnh", "huyện") that opens with a family name and is no place of that
    name: a person ("Trần Kim Hùng"), where "Cao Bằng" and "Lê Lợi" are places."""
    words = name.split()
    return len(words) >= 2 and words[0] in family_names() and not unit_kinds(name)


# A capitalised name after a post's number, not a rank, a title or a word opening a sentence.
_NAME_AFTER_NUMBER = re.compile(r" (?!(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng)\b|(?:Ông|Bà|Anh|Chị|Em|Cháu|Đồng)\b)"
                                r"(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]* [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")


def _rank_opening(text: str, end: int) -> bool:
    """'Công an tỉnh Đại tá Phạm Văn Năm': the name read is the first half of a rank."""
    return bool(re.match(r" (?:tá|úy|uý|tướng)\b", text[end:end + 7]))


def _name_before_person(text: str, start: int) -> int | None:
    """The place name that ends a Vietnamese body's name, without the person named right after it:
    "Đồn Biên phòng Tổng Cọt Nông Tiến Hùng" is the post Tổng Cọt and its officer Nông Tiến Hùng."""
    return end_before_person(text, start, name_run(text, start, 8, cued=True, dash=True), search_above=4, most=4)


_GATE_PREFIX = re.compile(r"[Cc]ửa\s+khẩu(?:\s+[Qq]uốc\s+tế|\s+[Cc]ảng)?\s+")
_POSTS_LISTED = re.compile(r"(?:các|\d+)\s+[Đđ]ồn\s+(?:[Bb]iên\s+[Pp]hòng|BP)\s*:\s*")


def listed_posts(text: str) -> list[Mention]:
    """'3 đồn biên phòng: Phú Gia, Hòa Hải, Hương Quang': one border post for each name."""
    out = []
    for found in _POSTS_LISTED.finditer(text):
        position = found.end()
        while True:
            gate = _GATE_PREFIX.match(text, position)  # "Cửa khẩu quốc tế Tây Trang": the post of that gate
            name_start = gate.end() if gate else position
            end = name_run(text, name_start, 4, cued=True)
            if end is None:
                break
            name = text[name_start:end]
            out.append(Mention(position, end, ORGANISATION, f"border-post-{slugify(name)}", text[position:end],
                               (("name", f"Đồn Biên phòng {text[position:end]}"), ("level", "local"))))
            joined = re.match(r"(?:,\s+|\s+và\s+|,\s+và\s+)", text[end:end + 6])
            if not joined:
                break
            position = end + joined.end()
    return out


# A city of provincial rank's Border Guard named without the city ("BĐBP thành phố", "Bộ Chỉ huy BĐBP thành phố"): the
# force is commanded by province, so "thành phố" here is never a town within one.
_CITY_BORDER_GUARD = re.compile(r"(?<![\w])(?:(?:(?:Bộ|Ban)\s+[Cc]hỉ\s+huy|BCH)\s+)?(?:BĐBP|Bộ\s+đội\s+[Bb]iên\s+phòng)(?:\s+\(BĐBP\))?"
                                r"\s+thành\s+phố(?![\w])(?!\s+[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")


def province_bodies(text: str) -> list[Mention]:
    """'UBND tỉnh', 'Tỉnh ủy', 'BĐBP thành phố': a province's body named without its province; 'Đoàn Thanh niên' (the
    unit's Youth Union) named alone."""
    return [Mention(x.start(), x.end(), ORGANISATION, slugify(x.group()), x.group(), (("name", x.group()), ("level", "provincial")))
            for pattern in (_PROVINCE_BODY, _CITY_BORDER_GUARD) for x in pattern.finditer(text)] + [
        Mention(x.start(), x.end(), ORGANISATION, "doan-thanh-nien", x.group(), (("name", x.group()), ("level", "")))
        for x in _YOUTH_UNION.finditer(text)]


# The drug and crime department of a province's Border Guard, its name written in lower case after its head
# or its head in lower case: "phòng Phòng chống ma túy và tội phạm", "Phòng phòng, chống ma túy và tội phạm".
_DRUG_DEPARTMENT = re.compile(r"(?<![\w])[Pp]hòng\s+[Pp]hòng,?\s+chống\s+ma\s+t(?:úy|uý)\s+(?:và|&)\s+tội\s+phạm(?![\w])")
# The command it belongs to, right after it: ", Bộ đội Biên phòng tỉnh Sơn La", " BĐBP tỉnh Sơn La".
_DRUG_DEPARTMENT_OWNER = re.compile(r",?\s+(?:(?:thuộc|của)\s+)?(?:(?:Bộ|Ban)\s+[Cc]hỉ\s+huy\s+)?(?:BĐBP|Bộ\s+đội\s+[Bb]iên\s+phòng)"
                                    r"(?:\s+\(BĐBP\))?\s+(?:tỉnh|thành\s+phố|TP\.?)\s+")


def drug_departments(text: str) -> list[Mention]:
    """The department, keyed by its province when the text names it right after ('… tội phạm, BĐBP tỉnh Sơn
    La'), so that each province's department has its page."""
    out = []
    for found in _DRUG_DEPARTMENT.finditer(text):
        owner = _DRUG_DEPARTMENT_OWNER.match(text, found.end())
        province_end = name_run(text, owner.end(), 4) if owner else None
        province = text[owner.end():province_end] if province_end else ""
        key = "phong-phong-chong-ma-tuy-va-toi-pham" + (f"-{slugify(province)}" if province else "")
        name = "Phòng Phòng chống ma túy và tội phạm" + (f" (BĐBP {province})" if province else "")
        out.append(Mention(found.start(), found.end(), ORGANISATION, key, found.group(),
                           (("name", name), ("level", "provincial"))))
    return out


# Units named in lower case after their head, by their field: "Đội cảnh sát kinh tế", "Trạm quân dân y kết hợp A
# Đớt", "Trạm cảnh sát giao thông đường thuỷ Tân Châu", "Phòng cảnh sát hình sự".
_LOWER_UNIT = re.compile(
    r"(?<![\w])(?:Phòng|Đội|Trạm|Tổ)\s+(?:cảnh\s+sát\s+(?:hình\s+sự|kinh\s+tế|cơ\s+động|môi\s+trường|điều\s+tra|"
    r"giao\s+thông(?:\s+đường\s+(?:thủy|thuỷ|bộ|sắt))?)|quân\s*-?\s*dân\s+y(?:\s+kết\s+hợp)?)(?![\w])")
_UNIT_SEAT = re.compile(r"\s+(?:(?:bản|xã|thôn|ấp|phường)\s+)?(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")


_UNIT_PARENT = re.compile(r"\s*(?:[-–(]\s*|,\s+)?")


def lower_case_units(text: str, bodies: list[Mention]) -> list[Mention]:
    """Named by their seat or by the body they belong to, right after them; keyed with that body ("Đội cảnh
    sát kinh tế (Công an thị xã Tân Châu)"), so that each district's squad has its page."""
    starts = {x.start: x for x in bodies}
    out = []
    for found in _LOWER_UNIT.finditer(text):
        end = found.end()
        seat = _UNIT_SEAT.match(text, end)
        seat_end = name_run(text, seat.end(), 4) if seat else None
        if seat_end and not _VI_OPENING.match(text, seat.end()):  # "… A Đớt", "… bản Huồi Bắc", not "… Công an tỉnh"
            end = seat_end
        name = text[found.start():end]
        parent = starts.get(_UNIT_PARENT.match(text, end).end())
        if parent is None and end == found.end():
            continue  # "trạm quân dân y trên địa bàn": such a station, no one named
        key = slugify(name) + (f"-{parent.key}" if parent else "")
        out.append(Mention(found.start(), end, ORGANISATION, key, name,
                           (("name", f"{name} ({parent.text})" if parent else name), ("level", "local"))))
    return out


# The Party committee or organisation of a body, named before it: "Đảng ủy Bộ Chỉ huy BĐBP tỉnh", "Đảng uỷ Bộ
# Tư lệnh BĐBP", "Ban Thường vụ Đảng ủy BĐBP tỉnh X"; and the standing board of a Party committee ("Ban
# Thường vụ Tỉnh ủy", "Thường vụ Quân ủy Trung ương").
_PARTY_BEFORE = re.compile(r"(?:(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Thường\s+trực)\s+)?Đảng\s+(?:ủy|uỷ|bộ)\s+$"
                           r"|(?:Ban\s+Thường\s+vụ|Thường\s+vụ|Thường\s+trực)\s+$")
_PROVINCE_COMMAND = re.compile(r"(?:(?:Bộ|Ban)\s+[Cc]hỉ\s+huy\s+)?(?:BĐBP|Bộ\s+đội\s+Biên\s+phòng)(?:\s+\(BĐBP\))?\s+tỉnh$")
_PARTY_BODY = re.compile(r"(?:Tỉnh|Huyện|Thành|Đảng|Quân)\s+(?:ủy|uỷ)\b")


def party_key(prefix: str, body: Mention) -> str:
    """The key of a body's Party committee ("dang-uy") or organisation ("dang-bo"), however the body is written."""
    key = "bdbp-tinh" if _PROVINCE_COMMAND.match(body.text) else body.key  # a province's command, its province unnamed
    return "border-guard-party-committee" if (prefix, key) == ("dang-uy", "border-guard-command") else f"{prefix}-{key}"


def party_bodies(text: str, bodies: list[Mention]) -> list[Mention]:
    """The Party committees, organisations and standing boards named by the body they belong to."""
    out = []
    known = {(x.start, x.end) for x in bodies if x.key != slugify(x.text)}  # spans a pattern or the curated data keyed
    for body in bodies:
        if body.start < 8 or text[body.start - 1] != " " or body.key == slugify(body.text) and (body.start, body.end) in known:
            continue
        before = _PARTY_BEFORE.search(text, max(0, body.start - 40), body.start)
        if before is None or not before.group().startswith("Đảng") and not before.group().startswith("Ban Chấp") \
                and not _PARTY_BODY.match(body.text) and "Đảng" not in before.group():
            continue  # "Ban Thường vụ" before a body that is no Party committee
        if (before.start(), body.end) in known:
            continue  # named whole by the curated data ("Đảng ủy Bộ Tư lệnh BĐBP")
        name = text[before.start():body.end]
        prefix = slugify(" ".join(before.group().split()))
        prefix = "ban-" + prefix if prefix.startswith("thuong-vu") else prefix  # "Thường vụ" is the standing board, "Ban Thường vụ"
        out.append(Mention(before.start(), body.end, ORGANISATION, party_key(prefix, body), name,
                           (("name", name), ("level", body.get("level") or ""))))
    return out + _party_committees_paired(text, bodies)


# A body's branch of a mass organisation, named before the body: "Chi đoàn Đồn Biên phòng Phúc Sơn" (its Youth
# Union branch), "Hội Phụ nữ Bộ Chỉ huy BĐBP tỉnh", "Công đoàn Báo Pháp luật". One name, the branch's.
_BRANCH_BEFORE = re.compile(r"(?<![\w])(?:Chi\s+đoàn|Chi\s+bộ|Công\s+đoàn|Đoàn\s+[Tt]hanh\s+niên|Hội\s+[Cc]hữ\s+thập\s+đỏ|"
                            r"(?:Chi\s+)?[Hh]ội\s+(?:[Ll]iên\s+hiệp\s+)?[Pp]hụ\s+nữ|(?:Chi\s+)?[Hh]ội\s+[Cc]ựu\s+[Cc]hiến\s+binh)\s+$")


def branches(text: str, bodies: list[Mention]) -> list[Mention]:
    """The branches named before the bodies found, each keyed by its kind and its body's key."""
    out = []
    for body in bodies:
        before = _BRANCH_BEFORE.search(text, max(0, body.start - 40), body.start)
        if before is None:
            continue
        name = text[before.start():body.end]
        branch = slugify(" ".join(before.group().split()))
        out.append(Mention(before.start(), body.end, ORGANISATION, f"{branch}-{body.key}", name,
                           (("name", name), ("level", body.get("level") or ""))))
    return out


# "Thay mặt Đảng ủy, Bộ Chỉ huy BĐBP Phú Yên", "Đảng ủy – Bộ Chỉ huy BĐBP tỉnh": the command's Party committee,
# named first in a pair with the command (its leadership), each a body of its own.
_PARTY_PAIRED = re.compile(r"(?<![\w])Đảng\s+(?:ủy|uỷ)(?:,|\s+[-–])?\s+(?=(?:Bộ|Ban)\s+[Cc]hỉ\s+huy\s|Bộ\s+Tư\s+lệnh\s)")


def _party_committees_paired(text: str, bodies: list[Mention]) -> list[Mention]:
    out = []
    for found in _PARTY_PAIRED.finditer(text):
        if not re.search(r"[,–-]", found.group()):
            continue  # without a comma or a dash, "Đảng ủy Bộ Chỉ huy …" is named whole (above)
        party = found.group().rstrip(",–- ")
        for body in (x for x in bodies if x.start == found.end()):  # the links' choice picks one, as above
            out.append(Mention(found.start(), found.start() + len(party), ORGANISATION, party_key("dang-uy", body), party,
                               (("name", f"{party} {body.text}"), ("level", body.get("level") or ""))))
    return out


# A board, centre or council named by its field in lower case, then the place it serves: "Ban chỉ đạo phòng chống dịch
# COVID-19 thị xã Tân Châu", "Ban phòng chống lụt bão huyện Lộc Ninh", "Trung tâm y tế huyện Trùng Khánh". The place
# ends the name; a word of the sentence between ("Ban tổ chức đã về xã …") means no such name.
_FIELD_BODY = re.compile(r"(?<![\w])(?:Ban\s+[Cc]hỉ\s+đạo|Ban\s+[Cc]hỉ\s+huy|Ban|Trung\s+tâm|Hội\s+đồng|Phòng\s+khám|Trạm)"
                         r"(?P<field>(?:\s+(?:[^\W\d_]+|COVID-19|Covid-19|“[^”]{1,40}”)){1,10}?)"
                         r"\s+(?P<level>tỉnh|huyện|xã|thị\s+xã|thị\s+trấn|thành\s+phố|phường|quận)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
_NOT_FIELD = frozenset("đã đang sẽ về tại ở của cho với và đến cùng được là có trên tới từ vào ra thuộc các những này đó nhân "
                       "trong ngoài theo để khi đi làm trao tặng thăm gặp họp".split())


def field_bodies(text: str) -> list[Mention]:
    out = []
    for found in _FIELD_BODY.finditer(text):
        words = found.group("field").split()
        if any(w in _NOT_FIELD or (w[:1].isupper() and not w.startswith(("“", "COVID", "Covid"))) for w in words):
            continue  # a verb or a name inside: the sentence goes on, or another body is named
        end = name_run(text, found.end(), 4)
        if end is None:
            continue
        name = text[found.start():end]
        level = "provincial" if found.group("level") in ("tỉnh", "thành phố") else "local"
        out.append(Mention(found.start(), end, ORGANISATION, slugify(name), name, (("name", name), ("level", level))))
    return out
