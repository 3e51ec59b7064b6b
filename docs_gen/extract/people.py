"""People, in English and Vietnamese: names after ranks and titles, names that open with a family name
(no title needed), names before a position in apposition or a birth year, and later short references
("Col. Vinh", "ông Hưng") joined to the full name given earlier in the article.

The key is the ASCII slug of the name, so "To Lam" and "Tô Lâm" are one person.
"""
from __future__ import annotations

import functools
import re
from itertools import chain
from dataclasses import replace
from collections.abc import Iterable, Sequence


from ..admin_units import COMMUNE_LEVEL, ethnic_groups, family_names, unit_kinds, written_family_names
from ..models import PERSON, Mention
from .names import (ACROSS_THE_BORDER, BAN_BOARD_WORDS, COUNTRY_NAMES, ENGLISH_FUNCTION_WORDS, FUNCTION_WORDS, MIDDLE_NAME,
                    SETTLEMENT_HEAD, VI_COMPOUNDS, VI_SYLLABLE, holder_after_body, is_name_word, names_a_person, slugify, unmarked,
                    vietnamese_words)
from .phrases import PhraseMatcher, fold
from .spans import StaticSpans

_RANKS_VI = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
             "Đại úy", "Đại uý", "Thượng úy", "Thượng uý", "Trung úy", "Trung uý", "Thiếu úy", "Thiếu uý",
             "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất", "Binh nhì", "Già làng", "Trưởng bản", "Trưởng thôn"]
# What a person is, before the name, in lower case or opening a sentence ("Suspect Lu Van Sang, 34, …"). In a
# headline's title case they open other words too ("Fishermen Stranded"): capitalised, a Vietnamese family name
# must follow.
_ROLES = frozenset(w for role in ("suspect", "defendant", "victim", "student", "pupil", "veteran", "fisherman", "fishermen",
                                  "villager", "farmer", "resident", "trader", "driver", "worker", "nurse", "journalist",
                                  "reporter", "photographer", "businessman", "businesswoman", "monk", "border guard",
                                  "ship owner", "boat owner", "head of household", "household head", "spokesperson",
                                  "spokesman", "spokeswoman", "crewman", "crew member", "captain of the boat", "skipper")
                   for w in (role, role[0].upper() + role[1:]))
_DETERMINERS = frozenset("A An Another The Each Every One Some This That".split())
_TITLES = [
    "General Secretary", "Senior Lieutenant Colonel", "Sen. Lt. Col.", "Senior Lieutenant General", "Lieutenant General", "Major General", "Senior Colonel",
    "Lieutenant Colonel", "Senior Lieutenant", "Senior Captain", "First Lieutenant", "Second Lieutenant",
    "Brigadier General", "Rear Admiral", "Vice Admiral", "Admiral", "Colonel", "General", "Major", "Captain",
    "Private First Class", "Private 1st Class", "Sergeant First Class", "Staff Sergeant", "Master Sergeant",
    "Senior Sergeant", "Junior Sergeant", "Warrant Officer",
    "Lieutenant", "Sergeant", "Corporal", "Private", "Lt. Gen.", "Maj. Gen.", "Lt. Col.", "Sr. Col.", "Snr. Col.",
    "Maj. Gen", "Lt. Gen", "Sen. Lt. Gen", "Brig. Gen",
    "Lt Gen", "Maj Gen", "Lt Col", "Sr Col", "Snr Col", "Brig Gen", "Gen", "Col",  # without stops, as Khmer papers write them
    "Pol Lt Gen", "Pol Maj Gen", "Pol Lt Col", "Pol Col", "Pol Gen", "Pol Capt", "Pol Maj",  # Thai police ranks
    "Samdech Akka Moha Sena Padei Techo", "Samdech Moha Bovor Thipadei", "Samdech Techo", "Samdech Kralahom", "Samdech Krolahom", "Samdech", "Oknha",
    "Lok Chumteav", "H.E.",  # Cambodian honorifics
    "Sen. Col.", "Sen. Lt.", "Gen.", "Col.", "Maj.", "Capt.", "Lt.", "Sgt.", "Dr.", "Prof.",
    "Lieut. Gen.", "Lieut. Gen", "Lieut. Col.", "Lieut. Col", "Lieut.", "Brig. Gen.", "Brig.",
    "Deputy Prime Minister", "Prime Minister", "President", "Vice President", "Minister", "Deputy Minister",
    "State Councilor", "State Councillor", "Vice Premier", "Premier",
    "Chairman", "Chairwoman", "Vice Chairman", "Vice Chairwoman", "Deputy Secretary", "Secretary",
    "Political Commissar", "Commander", "Director", "Ambassador", "Governor", "Vice Governor", "Deputy Governor",
    "Comrade", "comrade", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Madam", "Uncle", "Aunt", "Mother", "Father",
    "Grandmother", "Grandfather", "Grandma", "Grandpa", "King", "Emperor", "Queen", "vua", "Vua", "Hoàng đế",
    "Village head", "village head", "Village elder", "village elder", "Elder", "elder", "Patriarch", "patriarch",
    "Venerable", "soldier", "Soldier", "militiaman", "teacher", "Teacher", "Dr", "doctor", "Doctor",
    "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch", "Chủ tịch", "Phó Thủ tướng", "Thủ tướng", "Bộ trưởng",
    "Thứ trưởng", *_RANKS_VI, *(r[0].lower() + r[1:] for r in _RANKS_VI),
    "Phó Bí thư", "Bí thư", "Chính ủy", "Phó Chính ủy", "Tư lệnh", "Chỉ huy trưởng",
    "đồng chí", "Đồng chí", "ông", "bà", "Ông", "Bà", "anh", "chị", "em", "cụ", "Cụ", "thầy", "cô giáo", "bác sĩ",
    "Bác sĩ", "nhà báo", "Nhà báo", "cháu", "Cháu", "Em",
    "Nghệ sĩ Nhân dân", "Nghệ sĩ nhân dân", "Nghệ sĩ Ưu tú", "Nghệ sĩ ưu tú", "NSND", "NSƯT", "nghệ sĩ", "Nghệ sĩ",
    "ca sĩ", "Ca sĩ", "nhạc sĩ", "Nhạc sĩ", "nhà văn", "Nhà văn", "nhà thơ", "Nhà thơ", "họa sĩ", "Họa sĩ",
    "Mẹ Việt Nam Anh hùng", "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng Lao động", "liệt sĩ", "Liệt sĩ",
    "People's Artist", "Meritorious Artist", "singer", "Singer", "musician", "writer", "poet", "artist", "Artist",
    "Heroic Mother", "Hero", "martyr", "Martyr", "officer", "Officer", "fisherman", "villager", "resident", "farmer",
    "police chief", "Police Chief", "commander", "governor",
    "Đồn trưởng", "Phó Đồn trưởng", "Chính trị viên", "Phó Chính trị viên", "Giám đốc", "Phó Giám đốc", "Trưởng phòng",
    "Phó Trưởng phòng", "Trưởng ban", "Phó Trưởng ban", "Chủ nhiệm", "Phó Chủ nhiệm", "đồn trưởng", "chính trị viên",
    "Commandant", "Thầy", "Thầy giáo", "thầy giáo", "Cô giáo", "Commodore", "Judge", "Senator", "Congressman", "Congresswoman",
    "counterpart", "người đồng cấp",  # "his Lao counterpart Vongkham Phommakone"
    # ranks of two words in sentence case: "Lieutenant colonel Zo Ram Thuc"
    "Senior lieutenant colonel", "Lieutenant colonel", "Senior lieutenant general", "Lieutenant general", "Major general",
    "Senior colonel", "Senior lieutenant", "Senior captain", "First lieutenant", "Second lieutenant", "Brigadier general",
    # clergy: "Hòa thượng Thích Minh Tuệ", "Linh mục Giuse …"
    "Reverend", "Rev.", "Hòa thượng", "Hoà thượng", "Thượng tọa", "Thượng toạ", "Đại đức", "Ni sư", "Sư cô", "Linh mục",
    "linh mục", "Mục sư", "mục sư", "Đức cha", "Giám mục",
    *_ROLES,
]
# Titles that stand before a single given name as a later short reference ("Col. Vinh", "ông Hưng").
_SHORT_OK = {t for t in _TITLES if t not in _ROLES and t not in (
    "Secretary", "Director", "Commander", "General Secretary", "Minister", "Deputy Minister", "Chairman", "Chairwoman",
    "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch", "Chủ tịch", "Phó Thủ tướng", "Thủ tướng", "Bộ trưởng", "Thứ trưởng",
    "Phó Bí thư", "Bí thư", "Chính ủy", "Phó Chính ủy", "Tư lệnh", "Chỉ huy trưởng", "Giám đốc", "Phó Giám đốc", "Trưởng phòng",
    "Phó Trưởng phòng", "Trưởng ban", "Phó Trưởng ban", "Chủ nhiệm", "Phó Chủ nhiệm",
    "counterpart", "người đồng cấp")}  # "Bộ trưởng Giáo dục" is a ministry; "counterpart Sen. Lieut. Gen. Wei": titles follow
# The look-aheads on first letters let the regex engine skip most positions at once.
_TITLE_INITIALS = "".join(sorted({t[0] for t in _TITLES}))
_TITLE = re.compile(f"(?=[{_TITLE_INITIALS}])(?<![\\w.])(?P<title>"
                    + "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True)) + r")(?![\w])\s+")
# Positions that may stand before a name: "Head of the Central Commission for External Relations Le Hoai Trung".
# The fields of ministries, which "Minister of" names without "the": "Minister of National Defence Chansamone
# Chanyalath", "Minister of Interior Sar Kheng".
_MINISTRY_FIELDS = ("National Defen[cs]e|Defen[cs]e|Public Security|Foreign Affairs|Home Affairs|Interior|Justice|Finance|"
                    "Health|Education|Industry|Trade|Commerce|Agriculture|Natural Resources|Transport|Construction|Labou?r|"
                    "Culture|Information|Science|Planning|Security|Economy|Energy|Tourism|Ethnic Affairs|Veterans")
# Countries after a position: "President of China Xi Jinping", "Prime Minister of Cambodia Hun Manet".
_POSITION_COUNTRIES = ("China|Laos|Lao PDR|Cambodia|Thailand|Myanmar|Vietnam|Viet Nam|the Lao PDR|the Kingdom of Cambodia|"
                       "the People's Republic of China|Japan|India|Russia|the United States|the US|Australia|Singapore|"
                       "Malaysia|Indonesia|the Philippines|Korea|the Republic of Korea|France|Germany|the UK|"
                       "the United Kingdom")
_LAST_NAME_OWNING = re.compile(r" ?([^\W\d_]+)['’]s\b")  # "Jinping’s"
_HEAD_OF = re.compile(r"(?=[CHDSMGPVAK])(?<![\w])(?P<head>Chief|Head|Director|Chairman|Chairwoman|Secretary|Minister|Commander|"
                      r"Deputy Head|Deputy Chief|Deputy Director|Governor|Deputy Governor|Deputy Minister|President|"
                      r"Vice President|Prime Minister|Deputy Prime Minister|Ambassador|King|Commissioner General|"
                      r"Commissioner)(?:\s+of|(?<=Ambassador)\s+to)\s+(?:the\s+|(?=(?:[A-Z][a-z]+ ){1,3}province )"
                      rf"|(?=(?:{_MINISTRY_FIELDS})\b)|(?P<country>(?:{_POSITION_COUNTRIES})\s+(?=[A-Z])))")
# Capitalised words that name institutions, never people.
_NOT_NAME = {w.casefold() for w in (
    "Commissariat Directorate Secretariat Inspectorate "
    "Party Central Committee Commission Office Military Border Guard Guards Command Commander People's Peoples "
    "Province Provincial District Secretary Minister Ministry National Defense Defence State Government Army Navy "
    "Police Front Fatherland Politburo Secretariat Council Assembly Department Region Union Association Vietnam "
    "Relations External Affairs Foreign Internal Security Public The "
    "Headquarters Station Post School Hospital University Agency News Team Force Forces Congress Member Deputy Chief "
    "Head Director Political Commissar General Colonel Major Lieutenant Senior Captain Chairman President Office "
    "January February March April May June July August September October November December Lunar New Year Tet Tết "
    "Bộ Lệnh Liệu Đội Biên Phòng Ban Quân Ủy Ương Đảng Nhà Nước Phủ Tỉnh Huyện Xã Đồn Sở Tổng Bí Thư Staff "
    "Commune Village Ward City Street Road Border Gate Marker River Island Customs Company Ltd Co Group Brigade "
    "Battalion Regiment Flotilla Squadron Academy Institute Bureau Centre Center Club Checkpoint Sub-station "
    "Branch Division Unit Corps Administration Authority Board Directorate Bank Court Procuracy Federation "
    "Organisation Organization Fleet Garrison Outpost Detachment Service Zone Commission Corporation Newspaper "
    "Television Radio Bridge Market Port Airport Sub-department Portal Facebook Zalo TikTok YouTube Twitter "
    "Calls Urges Says Visits Meets Receives Hosts Attends Welcomes Praises Asks Pays Chairs Inspects Lauds Hails "
    "Talks Holds Signs Opens Launches Presents Encourages Requests Directs Orders Approves Affirms Stresses Reviews "
    "Discusses Joins Leads Sends Extends Offers Vows Pledges Tells Warns Agrees Appoints Honours Honors Reaffirms "
    "Phó Chủ Hội Cục Trạm Bệnh Cửa Tổ County Prefecture Township Councilor Councillor Premier "
    "Interior Justice Finance Health Education Training Industry Trade Commerce Agriculture Rural Development "
    "Environment Natural Resources Transport Construction Labour Labor Invalids Social Culture Sports Tourism "
    "Information Communications Science Technology Planning Investment Economy Energy Veterans Commissioner "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Col Gen Lt Maj Capt Sgt Old "
    "UBND HĐND BĐBP BCH CAND QĐND VNA TTXVN VOV VTV COVID Covid The This That These Those In On At For From "
    "Today Times Daily Online Tiếng Speaker Thought Coast Waters Off Decision Decree Resolution Directive Circular "
    "Ordinance Cựu Báo Special Geopark").split()}
# English nouns that follow a title's word in the names of plans and bodies ("the General Plan", "Officer Corps").
_COMMON_NOUNS = frozenset("plan plans program programme project corps staff meeting conference delegation fund "
                          "scheme assembly election elections".split())
# Words of _NOT_NAME that end no person's name, months aside ("Vu Van May"): "Hong Van Station Border".
_NOT_LAST_NAME = _NOT_NAME - {m.casefold() for m in "January February March April May June July August September October "
                                                    "November December".split()}
_CONTINUE = {"of", "the", "and", "for", "member", "province", "city", "district", "commune", "in", "charge", "'s",
             "của", "tỉnh", "huyện", "xã", "thành", "phố", "và"}
# A capitalised syllable: one upper-case letter, then lower case (Vietnamese syllables have no inner capitals).
_WORD = re.compile(r"[^\W\d_]+(?:['’]s)?")
# Words right before a capitalised run that make it a place or an institution named after a person
# ("Tran Phu Street", "đường Lê Lợi", "Trường Tiểu học Nguyễn Trãi").
_PLACE_BEFORE_WORDS = (
    "xã phường tỉnh thành phố TP quận huyện thị trấn thị xã đường phố bản thôn làng xóm ấp trường cầu sông núi đảo "
    "khẩu đồn chùa đền lăng tàng viên hồ đèo đoàn đội hiệu giải quỹ chương tàu đất vùng bổng triều nhà thời đời chợ đình "
    "tích tuyến sân khu cụm dịch tết tại trú quê suối thác hang dốc vịnh cảng kênh rạch đầm ngầm mỏ mũi cồn dãy hòn bãi động")  # "chiến dịch Hồ Chí Minh", a campaign; "Tết Nguyên Đán", a feast;
# "trú tại Sơn Tống", where someone lives; "ngầm Cu Pi", a ford. English type words come after the name ("Tran Phu Street").
_PLACE_BEFORE = {w.casefold() for w in _PLACE_BEFORE_WORDS.split()}
_PLACE_BEFORE_FOLDED = {fold(w) for w in _PLACE_BEFORE_WORDS.split()}


# "trường" that is no school: "Môi trường" (environment), "thị trường" (market), "chiến trường" (battlefield).
_NOT_SCHOOL = re.compile(r"(?<![\w])(?:[Mm]ôi|[Tt]hị|[Cc]hiến|[Hh]iện|[Ll]ập)\s+trường\s+$")


# Titles of address, capitalised when they open a sentence ("Anh Thào A Chứ, …", "Chị Lò Thị Mai, …").
_KIN_TITLES = frozenset("Anh Chị Ông Bà Em Cháu Cụ Thầy Cô Bác Chú".split())
_AND_PLACES_AFTER = re.compile(r" and (?:[A-Z][^\W\d_]*[ -]){1,4}(?:streets|roads|avenues|communes|wards|districts|provinces|"
                               r"villages|hamlets|towns|cities|islands|rivers|border gates|gates|bridges|schools)\b")
_AWARD_BEFORE = re.compile(r"(?<![\w])[Gg]iải\s+thưởng\s+$")


def _place_word(word: str, text: str) -> bool:
    """'đường', 'xã' (or 'duong', 'xa' in a text written without diacritics), but not 'trưởng' for 'trường',
    nor 'tang' in 'bắt quả tang' for 'tàng'."""
    return word.casefold() in _PLACE_BEFORE or text.isascii() and fold(word) in _PLACE_BEFORE_FOLDED
_PLACE_AFTER = {w.casefold() for w in (
    "City city Street street St Rd Road road Avenue Ave Boulevard Ward ward Commune commune District district Province province "
    "Trail Mausoleum Museum Room Battlefield Front School University Bridge Square Park Pagoda Temple Communist Youth Pioneer Prize Award "
    "Medal Order Campaign Hall Stadium Hospital Village village hamlet Border border Island island Islands River river "
    "Bay bay Lake Pass Mountain Peak Port Airport Station Post Company Group Highway Town town township Gate gate "
    "Archipelago Sea Stream Ethnic ethnic Street's Hamlet Region region Canal Dam Spring Dynasty dynasty Citadel "
    "Festival festival Market Foundation Fund Scholarship scholarship Cup Tournament Kindergarten Memorial Monument "
    "Statue Relic Complex Hotel Club Estuary estuary Port port area Area Valley valley Plateau plateau Hill hill Cape "
    "Beach beach Forest forest Cave cave Lagoon lagoon Auto Motors Corporation Corp JSC Holdings Airlines Bank Pharma "
    "taxi taxis Taxi bus buses Bus Express Shipyard shipyard Cemetery cemetery Martyrs Martyrs' Martyrs’ Shrine Tomb "
    "restaurant Restaurant cafe Cafe café Café shop Shop store Store eatery homestay Homestay resort Resort Special Zone "
    "Geopark geopark frigate Frigate ship Ship vessel Vessel corvette Corvette warship submarine boat pathway route crossing").split()}


def _place_after(word: str, previous: str = "") -> bool:
    """A word that makes the name before it a place's or a thing's ("Tran Phu Street", "Son La Dam"), as written:
    "Đàm" and "Bảy" are given names, not "dam" and "bay", and so is a Vietnamese syllable after a middle name
    ("Do Van Dam", but "the Dong Van Plateau")."""
    core = word.removesuffix("'s").removesuffix("’s")
    if previous in _MIDDLE_NAMES and vietnamese_words(core):
        return False
    return core.casefold() in _PLACE_AFTER
# "Nghĩa trang liệt sĩ Trường Sơn": a cemetery named after its place, though "liệt sĩ" (martyr) titles a person too.
_CEMETERY_BEFORE = re.compile(r"(?:[Nn]ghĩa\s+trang|[Đđ]ài\s+tưởng\s+niệm|[Tt]ượng\s+đài|[Đđ]ền\s+thờ)(?:\s+các\s+anh\s+hùng)?"
                              r"(?:\s+[Ll]iệt\s+sĩ)?(?:\s+[Qq]uốc\s+gia)?\s+$")
# Vietnamese syllables that open a position or a rank, never the rest of a name ("Nguyễn Văn A Phó Chủ tịch").
_POSITION_OPENERS = {"Phó", "Chủ", "Bí", "Giám", "Trưởng", "Chỉ", "Tư", "Bộ", "Ủy", "Uỷ", "Thứ", "Tổng", "Thủ", "Đồn",
                     "Tỉnh", "Huyện", "Xã", "Ban", "Già", "Đảng", "UBND", "Chính", "Chánh", "Trung", "Thượng", "Thiếu",
                     "Đại", "Hạ", "Công", "Ty"}
# A country named between a title and the name ("Bộ trưởng Quốc phòng Lào", "Phó Thủ tướng Campuchia").
_COUNTRY_LEAD = re.compile(r"(?:Lào|Campuchia|Cam-pu-chia|Trung Quốc|Thái Lan|Hoa Kỳ|Mỹ|Nga|Hàn Quốc|Nhật Bản|"
                           r"Ấn Độ|Việt Nam|Myanmar|Malaysia|Indonesia|Singapore|Philippines)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
# Grades written between a rank and the name: professional soldiers, reservists.
_RANK_GRADE = re.compile(r"(?:QNCN|CN|DB|dự\s+bị)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
_POSITION_PARTNERS = {"Thứ": {"trưởng", "hai", "ba", "tư", "năm", "sáu", "bảy"},  # "Thứ năm": a weekday after a byline "Chủ": {"tịch", "nhiệm"}, "Bí": {"thư"}, "Giám": {"đốc", "sát"},
                      "Chỉ": {"huy"}, "Tư": {"lệnh"}, "Thủ": {"tướng", "trưởng"}, "Già": {"làng"},
                      "Chính": {"ủy", "uỷ", "trị"}, "Chánh": {"văn", "án", "thanh"},
                      "Tỉnh": {"ủy", "uỷ", "đội", "trưởng"}, "Huyện": {"ủy", "uỷ", "đội", "trưởng"},
                      # a rank after the name: "Hoàng Xuân Chiến Trung tướng, Tư lệnh …"
                      "Trung": {"tướng", "tá", "úy", "uý", "sĩ"}, "Thượng": {"tướng", "tá", "úy", "uý", "sĩ"},
                      "Thiếu": {"tướng", "tá", "úy", "uý"}, "Đại": {"tướng", "tá", "úy", "uý"}, "Hạ": {"sĩ"},
                      # a body after a name: "Đoàn Công an các tỉnh …" (a delegation of the police)
                      "Công": {"an"}}
# Verbs that end a position written after a name ("…, Phó Chủ tịch UBND tỉnh cho biết").
_VERBS_VI = re.compile(r"\s+(?:cho biết|nói|chia sẻ|khẳng định|nhấn mạnh|phát biểu|cho hay|đề nghị|yêu cầu|trao|tặng|"
                       r"kiểm tra|thăm|đến|dự|chủ trì|báo cáo|thông tin|bày tỏ|ghi nhận|đánh giá|tham dự|trao đổi)\b.*$")
_BORN = re.compile(r"\s*(?:,\s*born\s+(?:in\s+)?|\(\s*(?:born\s+(?:in\s+)?|b\.\s*|sinh\s+năm\s+|SN\s*|sn\s*)?)"
                   r"(?P<year>(?:19|20)\d\d)\b")
# A position after a name, in apposition: "Khamla Sihavong, Deputy Governor of ...", "Vũ Văn A, Bí thư ...".
_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:(?:Vice|Deputy|Standing|Permanent|Acting|Former|former|Senior|senior|deputy|vice)\s+)?"
    r"(?:Chairman|Chairwoman|Chair|Head|head|Chief|chief|Director|Secretary|Commander|Governor|Minister|Ambassador|"
    r"Political Commissar|Commissar|Commissioner|leader|Leader|Member|member|Mayor|President|Officer|officer|Captain|Consul|"
    r"minister|governor|director|commander|chairman|chairwoman|secretary|ambassador|"
    r"Spokesperson|spokesperson|Spokesman|spokesman|Principal|principal|General|Deputy|Commanding|owner|resident|"
    r"Phó|Chủ tịch|Bí thư|Trưởng|Giám đốc|Chỉ huy|Chính ủy|Đồn trưởng|Tư lệnh|Ủy viên|Uỷ viên|Thượng tá|Trung tá|"
    r"Đại tá|Thiếu tá|Đại úy|Thiếu tướng|người|trú|ngụ|già làng|trưởng bản|trưởng thôn|Trưởng bản|Trưởng thôn|"
    r"học sinh|sinh viên|giáo viên|nông dân|ngư dân|chủ tàu|thuyền trưởng|student|teacher|farmer|fisherman|skipper|"
    r"who|whose|from\s+(?:[A-Z][a-z]+\s+){1,3}(?:province|district|commune|village)|"
    # "Lia Xuan Ngoc, a H’mong ethnic student": a person described by what he or she is
    r"an?\s+(?:[\w’'-]+\s+){1,3}(?:student|pupil|teacher|farmer|fisherman|villager|resident|soldier|officer|trader|driver|"
    r"worker|veteran|mother|father|woman|man|girl|boy|businessman|businesswoman|monk|doctor|nurse|volunteer)|"
    r"another\s+(?:[\w’'-]+\s+)?(?:escapee|victim|suspect|survivor|witness|worker|migrant|labou?rer|fisherman|villager|resident))\b")

# Names of ships and registrations: "the HTMS Thai Muang", "boat K.G.94136 TS".
_SHIP_BEFORE = re.compile(r"(?:\b(?:HTMS|HMS|USS|KRI|BRP|RSS|KD|INS|CSB|HQ|ship|vessel|boat|tàu|Tàu)\s+)$")
# Two places across a border, each with its country: "the A Roong (Vietnam) - Xa Dun (Laos) border gate".
_COUNTRY_AFTER = re.compile(r"\s*\((?:Vietnam|Viet Nam|Việt Nam|Laos|Lào|Cambodia|Campuchia|China|Trung Quốc)\)\s*(?:[-–]|border|gate|cửa khẩu)")


# Where an untitled two-syllable name after these words in English is a place: "stretching from Cu Bai in …",
# "reached Ly Van by noon", "the road to Ban Ve".
_LOCATIVE_BEFORE = re.compile(r"\b(?:from|at|in|near|toward|towards|via|through|into|across|along|around|outside|"
                              r"reached|reaching|entered|crossed|(?<![Aa]ccording )to)\s+$")
_PERSON_AFTER = re.compile(r",\s*\d{1,3}\b|\s*\(\s*(?:born|\d{4})|\s+(?:said|says|told|and\s+his|and\s+her|was\s+(?:born|arrested|detained))")
_DOCTRINE = re.compile(r" Thought\b")
_DOCTRINE_BEFORE = re.compile(r"\b[Tt]ư tưởng $")
# A place's head after a name, or after a second name joined by a dash.
_PLACE_HEAD_AFTER = re.compile(r"(?:\s*[-–]\s*(?:[A-ZĐ][\w’']*\s+){1,3}?)?\s*(?:National\s+Park|Nature\s+Reserve|Natural\s+Reserve|"
                               r"(?:International\s+|Main\s+|Auxiliary\s+)?[Bb]order\s+[Gg]ates?|Lake|Pass|Bay|Beach|Cave|"
                               r"Waterfall|Airport|Pagoda|Temple|Stadium|Hill|Mountain|Plateau|Bridge|Market|Wharf)\b")
_PROVINCE_IN_BRACKETS = re.compile(r"\s*\((?:tỉnh\s+)?(?P<province>[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*(?:\s+[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*){0,2})\)")
_LEVEL_WORD_BEFORE = re.compile(r"(?:huyện|tỉnh|xã|bản|thị\s+trấn|thành\s+phố|cụm\s+bản)\s+$")
_OPENING_VERB = re.compile(r"(?:Quoting|Citing|According|Asked|Speaking|Addressing|Welcoming|Receiving|Meeting|Visiting|"
                           r"Praising|Thanking|Greeting|Talking|Writing|Reporting|Interviewing)\s+")
# What a place owns, never a person: "Bac Phong Sinh’s customs division", "Ta Lung’s border market".
_PLACE_OWNING = re.compile(r"['’]s\s+(?:customs|police|border|authorities|division|department|station|checkpoint|command|"
                           r"committee|market|gate|residents|villagers|communes?|districts?|villages?|province)\b")
# A house number before a street named after a person: "số 054 Phan Đình Giót", "No. 12 Tran Phu".
_HOUSE_NUMBER_BEFORE = re.compile(r"(?:\b[Ss]ố|\bNo\.?)\s*\d{1,4}[A-Za-z]?(?:/\d{1,4})?,?\s+$")


# Kinds of body, folded, which open no personal name.
_BODY_KINDS = frozenset({"hai quan", "cong an", "bien phong", "quan doi", "canh sat", "kiem lam"})
# Abbreviations of bodies, and level words in capitals, which no personal name holds ("Nguyễn Văn Tỉnh" may be one).
_BODY_WORDS = frozenset("BĐBP BP ĐBP UBND HĐND MTTQ CAND QĐND TỈNH HUYỆN XÃ PHƯỜNG BỘ LỆNH CỤC SỞ ĐỒN VÙNG".split())
_BODY_OPENINGS_FOLDED = ("cong an ", "bien phong ", "hai quan ", "canh sat ", "bo doi ")
_COMPOUND_AFTER = re.compile(r" ([a-zđà-ỹ]+)\b")


_PEOPLE_BEFORE = re.compile(r"(?<![\w])(?:[Đđ]ồng\s+bào|[Dd]ân\s+tộc|[Tt]ộc\s+người|[Nn]hóm)\s+$")
_BEARINGS_VI = frozenset("Đông Tây Nam Bắc".split())
_PAIRED_PLACE_AFTER = re.compile(r"\s?[-–]\s?(?:[A-ZĐ][^\W\d_]*\s){1,3}(?:(?:[Aa]uxiliary|[Ii]nternational|[Mm]ain|[Bb]ilateral|[Ss]econdary)\s+)?"
                                 r"(?:[Bb]order\s+[Gg]ates?|[Gg]ates?|[Pp]athways?|[Rr]outes?|[Cc]rossings?|[Bb]order\s+[Cc]rossing|"
                                 r"[Vv]illages?|[Hh]amlets?)\b")  # "Ha Xi- Ha Ne village": one village of two names
# "Dak Long (Vietnam) - Vang Tat (Laos)", "Thà Láu (Sầm Tớ)": a place with its country or district in brackets.
_PLACE_IN_BRACKETS_AFTER = re.compile(r"\s?\((?:(?P<country>Vietnam|Việt Nam|Viet Nam|Laos|Lào|China|Trung Quốc|Cambodia|Campuchia|"
                                      r"Thailand|Thái Lan|(?:currently|now|formerly|nay\s+là|nay\s+thuộc|trước\s+đây\s+là)\s[^)]{2,40})|(?:huyện|district|tỉnh|province)\s[^)]{2,30}|[A-ZĐ][^\W\d_]* [A-ZĐ][^\W\d_]*)\)")
# "cửa khẩu Ma Lù Thàng - Kim Thủy Hà", "cặp cửa khẩu quốc gia Giang Thành - Ton Hon": the gate across the border,
# paired with one named before it.
_GATE_NAME = r"[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*(?:\s[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*){0,2}"
_GATE_PAIRED_BEFORE = re.compile(r"(?:[Cc]ửa\s+khẩu(?:\s+(?:quốc\s+tế|quốc\s+gia|chính|phụ|song\s+phương))?|[Bb]order\s+gates?|[Gg]ates?)\s+"
                                 rf"(?:{_GATE_NAME}\s[-–]\s{_GATE_NAME}\s(?:và|and|,)\s)?"  # "… Hà Tiên - Prek Chak và Giang Thành - Ton Hon"
                                 rf"{_GATE_NAME}\s(?:\([^)]{{2,30}}\)\s)?[-–]\s$")
# "cửa khẩu Thà Láu (Sầm Tớ)": the district of a place named just before, in brackets.
_PLACE_BEFORE_BRACKET = re.compile(r"(?:[Cc]ửa\s+khẩu|[Bb]order\s+gate|[Bb]ản|[Tt]hôn|[Xx]ã|[Hh]uyện)\s+(?:[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
                                   r"[^\W\d_]*\s){1,3}\($")
# "A Dot – Ta Vang and Hong Van – Co Tai border gates": the second of a pair of gates, named before the type word.
_PAIR_BEFORE = re.compile(r"[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,2} [-–] $")
# "Mong Cai, Bac Phong Sinh and Hoanh Mo border gates": a name in a list of gates that ends with their type word.
_GATES_LISTED_AFTER = re.compile(r"(?:,\s*[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,2})*,?\s+and\s+[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,2}"
                                 r"\s+(?:(?:international|auxiliary|main|secondary)\s+)?(?:border\s+)?(?:gates|checkpoints|crossings)\b")
_PAIR_END_AFTER = re.compile(r"(?: and (?:[A-ZĐ][^\W\d_]* ){1,3}[-–] [A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,2})? (?:(?:[Aa]uxiliary|[Ii]nternational|"
                             r"[Mm]ain|[Bb]ilateral|[Ss]econdary) )?(?:[Bb]order )?(?:[Gg]ates?|[Cc]rossings?|[Cc]heckpoints?)\b")
# "các phường 8, 10, 11, 12, Nguyễn An Ninh và Thắng Tam": a name in a list of units after their plural type word.
_LISTED_UNITS_BEFORE = re.compile(r"(?:các|những|\d+)\s+(?:phường|xã|thị\s+trấn|thôn|bản|ấp|huyện|quận)\s+"
                                  r"(?:(?:\d+|[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*"
                                  r"(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*)*),\s+)+(?:và\s+)?$")
_PROVINCE_AFTER = re.compile(r",\s+(?:tỉnh\s+)?(?P<province>[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*"
                             r"(?:\s[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*){0,2})\s*[),.;]")


def _unit_of_province_after(text: str, mention: Mention) -> bool:
    """A name that is also a district or a commune, then its province, as in an address."""
    after = _PROVINCE_AFTER.match(text, mention.end)
    return bool(after) and bool(unit_kinds(mention.text) & {"district", "commune", "township"}) \
        and "province" in unit_kinds(after.group("province"))


_KIN_TITLE_BEFORE = re.compile(r"(?<![\w])(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Ee]m|[Cc]háu|[Cc]ụ) $")
_FEAST_BEFORE = re.compile(r"(?<![\w])Tết(?:\s+[Cc]ổ\s+truyền)?(?:\s+của\s+(?:đồng\s+bào|người)\s+[^\W\d_]+)?\s+$")
_ROMAN_AFTER = re.compile(r" (?:I|II|III|IV)(?![\w.])")


_FAMILY_BEFORE = re.compile(r"(?<![\w])[Gg]ia\s+đình\s+$")


def _home_of(text: str, start: int, name: str) -> bool:
    """'gia đình Lò Văn Thắng' (a family), 'nhà Vàng A Hầu' (a home): a person's, though "đình" and "nhà" name
    buildings too; a dynasty ("nhà Trần") has no middle name."""
    words = name.split()
    return bool(_FAMILY_BEFORE.search(text, max(0, start - 12), start)) or text.endswith(("nhà ", "Nhà "), 0, start) \
        and len(words) >= 3 and words[1] in _BEFORE_GIVEN


def _not_a_person(text: str, mention: Mention) -> bool:
    """Ships, registrations and withheld initials ("V.T.C."), places paired across a border, and places
    named after their type ("the village of Cam Hac")."""
    if len(mention.text) == 1 and text[mention.end:mention.end + 1] == "." and text[mention.end + 1:mention.end + 2].isalnum():
        return True
    words = mention.text.split()
    if words[0] in ("Người", "Dân") or fold(mention.text) in ethnic_groups() \
            or _PEOPLE_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return True  # "Người La Hủ", "đồng bào Ma Coong": a people, not a person
    if words[0] in _BEARINGS_VI and len(words) > 1 and unit_kinds(" ".join(words[1:])):
        return True  # "phía Tây Hà Tĩnh": a side of a province
    if _PAIRED_PLACE_AFTER.match(text, mention.end):
        return True  # "the Bac Dai - Bak Dai auxiliary border gate": the first of a pair of gates across the border
    bracket = _PLACE_IN_BRACKETS_AFTER.match(text, mention.end)
    if not mention.get("title") and len(words) <= 3 and not set(words) & _BEFORE_GIVEN and (
            bracket and (bracket.group("country") or words[0].capitalize() not in family_names() and not bracket.group().isascii())
            or _GATE_PAIRED_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            or text[mention.end:mention.end + 1] == ")" and _PLACE_BEFORE_BRACKET.search(text, max(0, mention.start - 50), mention.start)
            or _PAIR_BEFORE.search(text, max(0, mention.start - 40), mention.start) and _PAIR_END_AFTER.match(text, mention.end)
            or _GATES_LISTED_AFTER.match(text, mention.end)
            or _LISTED_UNITS_BEFORE.search(text, max(0, mention.start - 120), mention.start)):
        return True  # "Vang Tat (Laos)", "Thà Láu (Sầm Tớ)", "cửa khẩu Ma Lù Thàng - Kim Thủy Hà": places
    if not mention.get("title") and text[mention.start - 2:mention.start] == ", " and _unit_of_province_after(text, mention):
        return True  # "(ngụ Sông Đốc, Trần Văn Thời, Cà Mau)": a district named after a person, in an address
    if _FEAST_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return True  # "Tết Cổ truyền Chol Chnam Thmay": a feast's name, no person
    if _ROMAN_AFTER.match(text, mention.end):
        return True  # "xã Sơn Kim I, Sơn Kim II": a place numbered, no Mr Sơn Kim
    if words[0] in _PLACE_TYPES_VI:
        return True  # "Bản Cao Vều", "Thôn Nà Lạn": a village named with its type word
    if mention.text in _TITLE_WORDS:
        return True  # "said Major, Doctor Dang Hong Minh": a rank with no name after it
    if _GLUED_TYPE_WORD.search(words[-1]):
        return True  # "Vietnam’s Lai Chauprovince": a place whose type word ran into it as the page was copied
    if not mention.get("title") and _PLURAL_BEFORE.search(text, max(0, mention.start - 7), mention.start):
        return True  # "các Đoàn Đăk Tô": "Đoàn" (corps) with a plural marker is a noun, not the family name
    if any(word in _BODY_WORDS for word in words) or mention.text.isupper() and fold(mention.text).startswith(_BODY_OPENINGS_FOLDED):
        return True  # "ẢNH: BĐBP TỈNH TÂY NINH", "ẢNH: CÔNG AN TÂY NINH": a photograph credited to a body
    if len(words) == 2 and (after := _COMPOUND_AFTER.match(text, mention.end)) \
            and f"{words[1].lower()} {after.group(1)}" in VI_COMPOUNDS:
        return True  # "Đoàn Trinh sát miền Bắc", "Đoàn Kinh tế - Quốc phòng 313": a unit whose name runs on in lower case
    if len(words) >= 3 and (words[0] in ("Đường", "Tàu") and words[1] in family_names()  # "Duong" is also Dương
                            or fold(" ".join(words[:2])) == "cu lao"):
        return True  # "Đường Hồ Chí Minh" (a road), "Tàu Trần Hưng Đạo" (a ship), "Cu Lao Cham" (an island)
    if len(words) == 2 and mention.text.isascii() and not (mention.get("title") or mention.get("position") or mention.get("born")) \
            and _LOCATIVE_BEFORE.search(text, max(0, mention.start - 20), mention.start) \
            and not _PERSON_AFTER.match(text, mention.end) and not _APPOSITION.match(text, mention.end):
        return True  # "from Cu Bai in Huong Lap Commune", "at Deo Dat on National Highway 8": places without a type word
    if _LEVEL_WORD_BEFORE.search(text, max(0, mention.start - 10), mention.start) and ACROSS_THE_BORDER.match(text, mention.end):
        return True  # "Công an huyện Sầm Tớ (Lào)": a district across the border, named like a person
    province = _PROVINCE_IN_BRACKETS.match(text, mention.end)
    if province and unit_kinds(mention.text) and unit_kinds(province.group("province")) & {"province", "city"}:
        return True  # "nghĩa trang liệt sĩ Vị Xuyên (Hà Giang)": a district with its province, not a person
    if not mention.get("title") and _PLACE_OWNING.match(text, mention.end):
        return True  # "Bac Phong Sinh’s customs division": a place that owns a body
    if _DOCTRINE.match(text, mention.end) or _DOCTRINE_BEFORE.search(text, max(0, mention.start - 9), mention.start):
        return True  # "Ho Chi Minh Thought", "tư tưởng Hồ Chí Minh": the doctrine, not the man
    if not mention.get("title") and _PLACE_HEAD_AFTER.match(text, mention.end):
        return True  # "Xa Mat National Park", "the Lo Go - Xa Mat border gate": a place's name
    return bool(_SHIP_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                or _HOUSE_NUMBER_BEFORE.search(text, max(0, mention.start - 14), mention.start)
                or _COUNTRY_AFTER.match(text, mention.end)
                or _TYPE_OF_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                or _HEAD_OF_PLACE_BEFORE.search(text, max(0, mention.start - 20), mention.start))


_PLACE_TYPES_VI = frozenset("Bản Thôn Xóm Làng Buôn Ấp Xã Huyện Tỉnh".split())
_TITLE_WORDS = frozenset(_TITLES)
# Vietnamese plural markers: a person's name never follows one directly ("các đồng chí Nguyễn…" has its title).
_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Mm]ấy)\s+$")


# A position in apposition that ends with its place: "ông Lê Văn Hòe, trưởng thôn Phú Lâm" (the hamlet, not a person).
_HEAD_OF_PLACE_BEFORE = re.compile(r",\s+(?:[Tt]rưởng|[Pp]hó\s+trưởng)\s+(?:thôn|bản|ấp|xóm|khu\s+phố|buôn|làng)\s+$")
_TYPE_OF_BEFORE = re.compile(r"\b(?:village|hamlet|commune|ward|district|province|town|townlet|township|city|island|"
                             r"area|county|region|border gate) of (?:the )?$")


@functools.lru_cache(maxsize=4096)
def _bare_matcher(names: tuple[str, ...]) -> PhraseMatcher:
    """Names already seen in the article, matched without a title."""
    return PhraseMatcher([(n, slugify(n), True) for n in names], capitalised=True)


def _family_pattern() -> re.Pattern:
    names = sorted(family_names(), key=len, reverse=True)
    initials = "".join(sorted({n[0] for n in names}))
    return re.compile(f"(?=[{re.escape(initials)}])(?<![\\w.'’])(?:" + "|".join(map(re.escape, names)) + r")(?=\s)")


_FAMILY = _family_pattern()


# A syllable with a glottal stop written as an apostrophe, as Co Tu and other Katuic names are ("Bh’ling").
_GLOTTAL = re.compile(r"[A-ZĐ][^\W\d_]{0,3}['’][^\W\d_A-Z]{2,}")
_WOMAN_S_NAME = re.compile(r"H['’][A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+")


_DASHED_SYLLABLES = re.compile(r"(?: [-–] [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]{0,6}){2,}(?![\w])")


def _is_name_word(word: str) -> bool:
    letters = word.replace("-", "")
    if _GLOTTAL.fullmatch(letters):
        letters = letters.replace("’", "").replace("'", "")  # "Bh’ling", "Zơ’râm": Katuic names
    elif _WOMAN_S_NAME.fullmatch(letters):
        return True  # "H’Líu", "H'Hen": the Ede and Jrai women's names open with "H’"
    if not letters.isalpha() or len(letters) > 20 or word.casefold() in _NOT_NAME:  # "Khaykhamphithoune"
        return False
    return letters.isupper() and len(letters) > 1 or (letters[0].isupper() and letters[1:].islower())


# "anh A Páo": Hmong and other men's given names that open with "A".
_HMONG_GIVEN = re.compile(r" [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]*\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;])\s(?:[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]*) $|^[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]* $")
_HO_S_SOLDIERS = re.compile(r"Ho['’]s\s+(?:soldiers?|troops?|army)\b")
# A block that is only a Vietnamese name: the writer's, closing the article ("Hải Sâm", "Thu Hằng (TTXVN)"); in
# ASCII it is more often page furniture ("Email Print").
# The time of publishing may follow it ("HỒNG QUẢNG 14/03/2026 - 14:23").
_BYLINE = re.compile(r"\s*(?P<name>[^\W\d_]+(?: [^\W\d_]+){1,3})\s*(?:\([A-ZĐ/]{2,12}\))?"
                     r"(?P<when>\s+(?:(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ\s+[Nn]hật),?\s+(?:ngày\s+)?)?"
                     r"\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–,]?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?)?(?:\s*\(GMT[+-]\d+\))?)?\s*")


def _is_byline(name: str, dated: bool = False) -> bool:
    """'Hải Sâm', 'DƯƠNG QUANG': syllables of a Vietnamese name (in capitals, opening with a family name,
    or any name when the time of publishing follows it: 'HỒNG QUẢNG 14/03/2026 - 14:23', a pen name)."""
    words = name.split()
    if name.isascii():
        return False
    if words[0] in FUNCTION_WORDS or words[0] in ("Báo", "Nguồn", "Theo"):
        return False  # "Theo Báo Kiên Giang": according to a paper
    if name.isupper():
        return ((dated and len(words) <= 3 or words[0].capitalize() in family_names())
                and all(len(w) <= 7 for w in words))
    return all(_is_syllable(w) for w in words)


# A caption that is only names in capitals: its writers or photographers ("TRÍ THỌ |", "NGUYÊN ANH - TIẾN VINH |").
_CAPS_SYLLABLES = r"[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]{2,7}(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]{2,7}){1,2}"  # a name of two or three syllables in capitals
_CAPS_CREDIT = re.compile(rf"\s*{_CAPS_SYLLABLES}(?:\s*[-–,&]\s*{_CAPS_SYLLABLES})*\s*")
_CAPS_WORDS = re.compile(_CAPS_SYLLABLES)
# Communes, wards and townships share their names with people ("Dương Quang", "MINH KHÔI"); larger units do not.
_SMALL_UNITS = frozenset({"commune", "ward", "township"})


# A caption that ends with its photographer's name in capitals: "Ngư dân tại Côn Đảo QUANG ANH".
_CLOSING_CAPS = re.compile(rf"(?<=[a-zà-ỹđ,.] )(?P<name>{_CAPS_SYLLABLES})\s*$")
_VOWEL = re.compile(r"[AEIOUYĂÂÊÔƠƯÀ-Ỹ]")
_CLOSING_INITIALS = re.compile(r"(?<=[\w”\"] )(?P<name>[A-ZĐ]\.[A-ZĐ](?:\.[A-ZĐ])?|[A-ZĐ]\.[A-ZĐ][^\W\d_A-Z]+)\s*$")
# "B.B - H.A", "V.LANG - T.CHIẾN": the writers' initials, or an initial and a given name.
_INITIALS_NAME = r"(?:[A-ZĐ]\.)+(?:[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]{2,}\b|[A-ZĐ]\.?)"
# "S.Vy - H.Diễm - 19:05, 02/03/2023": writers named by an initial and a given name, then the time of writing.
_INITIAL_AND_NAME = r"[A-ZĐ]\.[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*"
_INITIALS_BYLINE = re.compile(rf"\s*(?:{_INITIALS_NAME}|{_INITIAL_AND_NAME})(?:\s*[-–,&/]\s*(?:{_INITIALS_NAME}|{_INITIAL_AND_NAME}))*"
                              r"(?:\s*[-–,]\s*\d{1,2}:\d{2}(?:\s*,?\s*\d{1,2}/\d{1,2}/\d{4})?)?\s*")
# "KHOA NAM - N.TRIỀU": a pen name beside a writer's initials.
_CAPS_NAME = r"[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]{1,6}(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]{1,6}){1,2}"
# "Kỳ Nam - Na Vy": two writers' names in title case, a block of their own.
_TITLE_NAME = r"[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]{1,6}"
_PAIR_BYLINE = re.compile(rf"\s*(?P<a>{_TITLE_NAME}(?: {_TITLE_NAME}){{1,2}})\s*[-–]\s*(?P<b>{_TITLE_NAME}(?: {_TITLE_NAME}){{1,2}})\s*")
_MIXED_BYLINE = re.compile(rf"\s*(?:(?P<a>{_CAPS_NAME})\s*[-–,&/]\s*{_INITIALS_NAME}|{_INITIALS_NAME}\s*[-–,&/]\s*(?P<b>{_CAPS_NAME}))\s*")
# A ship's kind before its name: "two missile frigates, Tran Hung Dao and …", "tàu Trần Hưng Đạo".
_VESSEL_BEFORE = re.compile(r"(?<![\w])(?i:frigates?|ships?|vessels?|corvettes?|warships?|submarines?|tàu(?: chiến| ngầm| hộ vệ| "
                            r"khu trục| tên lửa)?|khinh hạm|hộ vệ hạm)\s*,?\s+(?:the\s+)?"
                            r"(?:(?:[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*\s+)*[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*(?:,\s+|\s+and\s+|\s+và\s+))*$")
# "Ban" opening a committee's name ("Ban Chỉ đạo", "Ban Tổ chức"), where Bàn is also a family name.
_BAN_BODY = re.compile(rf"Ban\s+{BAN_BOARD_WORDS}\s+[a-zđà-ỹ]")
_COUNTRY_LAST = re.compile(r" (?:Thái Lan|Trung Quốc|Việt Nam|Hàn Quốc|Nhật Bản|Campuchia|Lào)$")
# A number after a name that the next word shows to be a place's ("Bac Luan II bridge").
_NUMBERED = re.compile(r" (?:[IVX]{1,4}|\d{1,3})(?= [^\W\d_])")
# A name after "said" at the end of a quotation: '"…," said Liên, tears welling up.'
_SAID = re.compile(r"(?<=[,\"”’]) (?:said|says) (?!(?:Mr|Mrs|Ms|Dr|Mister)\b)(?P<name>[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+){0,3})(?=[,.;])")
# Two or three capitalised words before a verb of speech, opening a sentence or a clause: "Song Lon said".
_NAME_SAID = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=[\"“]))(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) (?:said|says|told)\b")
# A name of two or three capitalised words with no title, then in apposition a position that says it is a
# person's: "Graham Shaw, technical officer for the WHO, said", "According to Jeff Wanner, the DEA officer",
# "Theo Graham Shaw, chuyên gia của WHO".
_NAME_THEN_POSITION = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[(\"“])|(?<=\b(?:by|to)\s)|(?<=\b(?:for|and|với|của)\s)|(?<=\b(?:with|from|said|says|[Tt]heo)\s))"
    r"(?!Theo )(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}), (?:(?:a|an|the)\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?i:officer|secretary|director|spokes(?:man|woman|person)|consul(?:-general)?|ambassador|"
    r"minister|chief|chairman|chairwoman|president|expert|analyst|researcher|professor|co-?ordinator|"
    r"representative|advis[eo]r|manager|counsel(?:l?or)?|attach[ée]|envoy|founder|lecturer|correspondent|"
    r"specialist|economist|scientist|chuyên\s+gia|đại\s+diện|giám\s+đốc|trưởng|người\s+phát\s+ngôn|đại\s+sứ|"
    r"tham\s+tán|lãnh\s+sự|điều\s+phối\s+viên)\b")
# Words of the names of institutions (_NOT_NAME), places and papers, which no such name of a person holds.
_NOT_NAME_WORDS = _NOT_NAME | {w.casefold() for w in "Airlines Bay Sea Delta Mountain Lake Embassy Consulate Republic Kingdom".split()}
# A given name alone before a verb of speech ("Chien said", "Hùng cho biết").
_SPEECH = (r"said|says|added|stressed|noted|emphasi[sz]ed|hoped|explained|recalled|told|shared|affirmed|asserted|"
           r"continued|cho\s+biết|nói|chia\s+sẻ|khẳng\s+định|nhấn\s+mạnh|bày\s+tỏ|kể")
_SPEAKER_VERB = re.compile(rf"\s(?:{_SPEECH})\b")
_SPEAKER = re.compile(rf"(?<![\w.])(?P<name>[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+)\s+(?:{_SPEECH})\b")
# "Nguyễn Văn A", "Le Thi B": a name withheld, written with a letter after the middle name.
_MIDDLE_NAMES = frozenset({"Văn", "Thị", "Van", "Thi"})
_PLACEHOLDER = re.compile(r"(?:Văn|Thị|Van|Thi) $")
_MONTH_NAMES = frozenset("January February March April May June July August September October November December".split())
_DAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow".split()) | _MONTH_NAMES


def _given_name_like_a_month(text: str, start: int, word: str) -> bool:
    """'Lý Thị May': a given name spelt like a month, which no day number follows."""
    return word in _MONTH_NAMES and not re.match(r"\s*\d", text[start + len(word):start + len(word) + 3])


# An English verb or noun in a title-case headline ("Quang Tri Establishes Two Teams"): long, inflected,
# and spelt like no Vietnamese or Chinese (pinyin) syllable. Names of other peoples ("Y Đuôl",
# "Invanongsa") are not inflected so.
_PINYIN_SYLLABLE = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]{1,4}(?:ng|n|r)?"
_SYLLABLE_SPELLING = re.compile(rf"(?:{VI_SYLLABLE}|{_PINYIN_SYLLABLE}){{1,2}}")
_ENGLISH_ENDING = re.compile(r"(?:es|ed|ing|ion|ions|ment|ments|ers|ies|ness|ity|man|men|er|or|ist)$")  # "Ferryman", "Farmer"


@functools.lru_cache(maxsize=16_384)
def _middle_the(text: str, start: int, word: str) -> bool:
    """'Phung The Anh': "Thế" written without its marks, in the middle of a name written without marks."""
    if word != "The":
        return False
    family = text[:start].rstrip().rsplit(" ", 1)[-1]
    following = _NEXT_SYLLABLE.match(text, start + 3)
    return bool(following) and family in family_names() and (family + following.group()).isascii()


def _caps_syllable(word: str) -> bool:
    """'QIN', 'YANG', 'NGUYỄN': a syllable written in capitals."""
    return len(word) > 1 and word.isupper() and bool(_SYLLABLE_SPELLING.fullmatch(fold(word).lower()))


def _english_word(word: str) -> bool:
    folded = fold(word)
    return len(folded) >= 6 and bool(_ENGLISH_ENDING.search(folded)) and not _SYLLABLE_SPELLING.fullmatch(folded)


# Syllables after which the next capitalised word is a given name whatever else it may mean ("Vì Văn On",
# "Sùng A Lệnh"); "Quân" and "Lệnh" after any syllable ("Lê Quân", "Lê Đình Quân").
_BEFORE_GIVEN = frozenset("Văn Thị Van Thi A".split())
# A Lao or Khmer name transliterated syllable by syllable, written as one word: "Phay-vi-Xibuali-pha".
_TRANSLITERATED = re.compile(r"[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*(?:-[^\W\d_]+){2,}")
# Type words that are given names too ("Cao Xuân Tỉnh"): after a syllable of the name, when no body's word follows.
_TYPE_WORD_GIVEN = frozenset({"Tỉnh"})


def _given_name_too(text: str, end: int, core: str) -> bool:
    """A capitalised word that is also a given name ("Quân", "Lệnh", "On") and here ends the name: no
    lower-case word of a body's name follows ("Quân đội", "Quân khu")."""
    return (core.isalpha() and core[0].isupper() and core[1:].islower() and len(core) <= 7
            and not re.match(r" (?:đội|khu|sự|chủng|ủy|uỷ|y|nhân|lệnh|trưởng)\b", text[end:end + 9]))


def _given_before_age(text: str, end: int, core: str) -> bool:
    """A word spelt like a body's head word ("Phòng", "Đồn") that an age or a year of birth follows ends the name:
    "Lê Đồng Phòng (SN 1980)", "Trần Văn Đồn, 45 tuổi"."""
    return core.isalpha() and core.istitle() and len(core) <= 7 and bool(_AGE.match(text, end))


def _is_syllable(word: str) -> bool:
    """A given-name syllable: capitalised, no inner capitals ('A' of Hmong names counts)."""
    return (word.replace("-", "").isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())
            and len(word) <= 20 and word.casefold() not in _NOT_NAME
            and (len(word) == 1 or _HAS_VOWEL.search(fold(word)) is not None))


# Every syllable has a vowel ("Lạng Sơn Km 0" names no Mr Sơn Km); a lone letter is an initial ("Nguyễn Thanh T.").
_HAS_VOWEL = re.compile(r"[aeiouy]")


# The names of the Central Highlands' peoples (Ê Đê, Gia Rai, M'nông…) open with "Y" for men and "H'" for women
# ("ông Y Zên", "bà H’Đương Niê"): after a title, or with one of their family names last.
_HIGHLAND_FAMILIES = "Niê|Êban|Ê Ban|Ksơr|Kpă|Mlô|Byă|Adrơng|Rơ Mah|Rahlan|Siu|Nay|Hđơk|Buôn Yă|Ayun|Bkrông|Knul|Êya|Mdrang|Kbuôr|Nie|Eban|Ksor|Kpa|Mlo"
_HIGHLAND_NAME = re.compile(
    r"(?:(?<![\w’'])(?P<title>ông|bà|anh|chị|em|cháu|cụ|già làng|Ông|Bà|Anh|Chị|Em|Cháu|Già làng|Mr\.?|Mrs\.?|Ms\.?)\s+)?"
    r"(?P<name>(?<![\w’'])(?:Y\s+|H['’]\s?)[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+(?:\s+(?!(?:" + _HIGHLAND_FAMILIES + r")\b)[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+)?"
    r"(?P<family>\s+(?:" + _HIGHLAND_FAMILIES + r"))?)(?![\w’'])(?(title)|(?(family)|(?!)))")


# Capitalised words, then a family name and "Văn" or "Thị": a person's name opens there, whatever is before it.
_LATER_NAME = re.compile(r"(?: [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*)? [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]* (?:Văn|Thị) [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]")


# A unit named with its level right before a name: "Phó Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành" ("Giang" is also a
# family name, but "Kiên Giang" is the province and the name opens at "Lâm").
_UNIT_BEFORE = re.compile(r"(?<![\w])(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)\s+(?P<unit>\S+(?:\s\S+){1,2})\s$")


def _after_a_unit(text: str, start: int) -> bool:
    before = _UNIT_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and bool(unit_kinds(before.group("unit")))


# Initials that stand for a person the press does not name: after an honorific, or before a birth year.
_INITIAL = r"(?:[A-ZĐ]|Th|Tr|Ng|Nh|Ch|Kh|Ph|Gi|Qu)"  # "L.Th.T": "Th" is one letter of the alphabet
_INITIALS = re.compile(r"(?<![\w.])(?:(?P<title>ông|bà|anh|chị|em|cháu|cụ|đối tượng|Ông|Bà|Anh|Chị)\s+)?"
                       rf"(?P<name>(?:{_INITIAL}\.){{1,3}}[A-ZĐ]\b\.?)(?(title)|(?=\s*\((?:sinh(?:\s+năm)?|SN|\d)))")
_INITIALS_AHEAD = re.compile(rf"\s*{_INITIAL}\.[A-ZĐ]")
# What may follow the initial that ends a withheld name: a full stop, a comma, the end, or the sentence in lower case.
_WITHHELD_END = re.compile(r"[.,;:)]|\s*$| [a-zđà-ỹ]")
# The rest of a withheld given name after its first initial: the ".P" of "Nguyễn T.P.".
_MORE_INITIALS = re.compile(r"(?:\.[A-ZĐ]){1,3}\b")


# A name said to be one ("tên Hồng", "named Keng") or followed by an age ("Keng, 32,", "Phu, 35 years old").
_NAMED_WORDS = re.compile(r"tên |named|called|surname|giới thiệu|xưng là|introduced")
_NAMED = re.compile(r"(?<![\w])(?<!mang )(?<!Mang )(?:tên(?:\s+là)?|named|called|surnamed|(?:the\s+)?surname|"
                    r"(?:tự\s+)?giới\s+thiệu\s+là|xưng\s+là|introduced\s+(?:himself|herself)\s+as)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
# A thing, not a person, said to have a name: "the island was named …", "con tàu được đặt tên là …".
_THING_NAMED = re.compile(r"(?<![\w])(?i:island|islet|village|hamlet|street|road|school|ship|vessel|boat|bridge|mountain|river|"
                          r"lake|cave|pass|square|park|pagoda|temple|hall|campaign|operation|project|casino|company|firm|"
                          r"hotel|restaurant|shop|brand|account|page|website|group|đảo|làng|bản|thôn|sòng bạc|công ty|"
                          r"khách sạn|nhà hàng|cửa hàng|nhãn hiệu|tài khoản|trang|nhóm|"
                          r"đường|phố|trường|tàu|cầu|núi|sông|hồ|hang|đèo|quảng trường|chùa|đền|chiến dịch|dự án|công trình)"
                          r"(?:\s+(?:này|đó|ấy|kia))?(?:\s+(?:was|is|were|has\s+been|had\s+been|được|đã\s+được|sẽ\s+được|có))?"
                          r"(?:\s+đặt)?\s*$")
# A second name after the first: "tên Hải và Nhân", "named Keng and Bunkham".
_AND_NAME = re.compile(r"\s+(?:và|and)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
# A foreigner introduced by nationality: "Lao national Bounmy Sysavath", "a Chinese citizen, Li Wei".
_NATIONAL = re.compile(r"(?<![\w])(?:Lao|Laotian|Chinese|Cambodian|Thai|Myanmar|Burmese|Korean|Taiwanese|Japanese|"
                       r"Malaysian|Indonesian|Filipino|Singaporean|Indian|Pakistani|Bangladeshi|Nepali|Mongolian|Russian|"
                       r"Ukrainian|British|English|Scottish|Irish|American|Canadian|Australian|French|German|Dutch|"
                       r"Belgian|Swiss|Swedish|Norwegian|Danish|Finnish|Italian|Spanish|Portuguese|Polish|Czech|Israeli|"
                       r"Nigerian|Brazilian|Mexican|foreign|Vietnamese|Vietnamese-American)\s+"
                       r"(?:national|citizen|man|woman|boy|girl|resident|suspect|driver|fisherman|worker|trader|tourist|"
                       r"traveller|traveler|backpacker|visitor|journalist|photographer|reporter|writer|researcher|scholar|"
                       r"historian|expert|engineer|businessman|businesswoman|volunteer|veteran|diplomat|pilot|teacher|"
                       r"student|doctor|monk)\s*,?\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
# The same in Vietnamese: "công dân Lào Xay Phon", "du khách người Anh Graham Calder", "đối tượng quốc tịch
# Trung Quốc Vương Minh". A role opens it, so that "người Lào" alone ("the Lao people") names no one.
_NATIONAL_VI = re.compile(r"(?<![\w])(?:[Cc]ông\s+dân|[Dd]u\s+khách|[Đđ]ối\s+tượng|[Nn]gười\s+đàn\s+ông|[Nn]gười\s+phụ\s+nữ|"
                          r"[Pp]hụ\s+nữ|[Tt]hanh\s+niên|[Cc]huyên\s+gia|[Nn]hà\s+báo|[Cc]ựu\s+binh|[Dd]oanh\s+nhân|[Ll]ái\s+xe|"
                          r"[Tt]ài\s+xế|[Nn]gư\s+dân|[Nn]ghi\s+phạm|[Bb]ị\s+can|[Ll]ao\s+động)\s+(?:người\s+|quốc\s+tịch\s+|mang\s+quốc\s+tịch\s+)?"
                          r"(?:Lào(?!\s+Cai)|Trung\s+Quốc|Campuchia|Thái\s+Lan|Myanmar|Hàn\s+Quốc|Nhật\s+Bản|Đài\s+Loan|"
                          r"Anh|Mỹ|Pháp|Đức|Úc|Nga|Ấn\s+Độ|Malaysia|Indonesia|Singapore|Philippines|Canada|Hà\s+Lan|"
                          r"nước\s+ngoài)\s*,?\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
# An age before the name: "29-year-old Zheng", "a 32-year-old man, Ren Zikang".
_AGED_BEFORE = re.compile(r"(?<![\w])\d{1,2}-year-old\s+(?:(?:man|woman|boy|girl|suspect|driver|resident|villager)\s*,?\s+)?"
                          r"(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
_NOUN_AFTER = re.compile(r" (?!(?:was|is|were|and|or|who|had|has|said|told|from|of|in|at|on|with|to)\b)[a-z]")
_AGE = re.compile(r"(?=[,\s(])(?:,\s+(?:aged\s+)?\d{1,2}(?:,(?!\d)|\s+years?\s+old|\s+tuổi|\)|\s+and\b)| \(\d{1,2}(?: tuổi)?\)|"
                  r"(?P<both>,\s+(?:both|all|each|cùng|đều)\s+(?:aged\s+)?\d{1,2}\b)|"
                  r"\s*\((?:sinh\s+năm|SN|born(?:\s+in)?)\s*(?:19|20)\d\d)")
_LETTERS = re.compile(r"[^\W\d_]+")


def _words_before(text: str, end: int, most: int = 4) -> list[str]:
    """Up to `most` words that end at `end`, each one space from the next ("Bun Mi Keo" before "(SN 1986)")."""
    words: list[str] = []
    for word in reversed(list(_LETTERS.finditer(text, max(0, end - 80), end))):
        if word.end() != end or len(words) == most:
            break
        words.insert(0, word.group())
        end = word.start() - 1
        if end < 0 or text[end] != " ":
            break
    return words


def _is_name_word_at(text: str, start: int) -> bool:
    word = _WORD.match(text, start) if text[start - 1:start] == " " else None
    return bool(word) and is_name_word(word.group())


def _one_to_three_names(text: str, start: int, most: int = 3) -> int | None:
    end = None
    position = start
    for _ in range(most):
        word = _WORD.match(text, position)
        if not word or not _is_syllable(word.group()):
            break
        end = word.end()
        if text[end:end + 1] != " ":
            break
        position = end + 1
    return end


# Syllables that open a common word whose second half is in lower case: "Đại biểu", "Đại hội", "Thanh niên".
_COMPOUNDS = {"Đại": ("biểu", "hội", "học", "diện", "sứ", "tá", "úy", "uý", "tướng"), "Thanh": ("niên",), "Phụ": ("nữ",),
              "Cựu": ("chiến",), "Tiểu": ("học",), "Trung": ("học", "tâm"), "Lãnh": ("đạo", "sự")}  # "Trường Tiểu học", a school


def _opens_compound(text: str, end: int) -> bool:
    """The name's last syllable opens a word written in lower case ("Đại biểu", "Tiểu học")."""
    after = _WORD.match(text, end + 1) if text.startswith(" ", end) else None
    return bool(after) and after.group() in _COMPOUNDS.get(text[:end].rsplit(None, 1)[-1], ())


# The twelve earthly branches, which end the names of lunar years ("Nhâm Thìn", "Ất Tỵ").
_BRANCHES = frozenset("Tý Sửu Dần Mão Mẹo Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi".split())
# The ten heavenly stems, which open them: "Xuân Giáp Thìn" is the spring of a lunar year.
_STEMS = frozenset("Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý".split())

# Photo and text credits: "Photo: Cong Mao", "Ảnh: PHAN VĨNH", "Translated by Hong Thanh".
_CREDIT = re.compile(r"(?=[BTPpẢảVCSRrEeWw])(?<![\w])(?:(?:^By:?|(?<=[.!?] )By:|(?:^|(?<=[.!?] ))(?:Reported|Written|Story|Text|Words|Video)\s+by|Translated\s+(?:from\s+[A-Z][a-z]+\s+)?by|Photos?\s+(?:supplied\s+|provided\s+|taken\s+)?by|Photos?\s+courtesy\s+of|Pictures?\s+by|"
                     r"(?:[Aa]dditional\s+)?[Rr]eporting\s+by|[Ee]diting\s+by|[Ww]riting\s+by)\s+"
                     r"|(?:Photos?|photos?|PHOTOS?|Pictures?|Photograph|Reporter|Ảnh|ẢNH|(?<=[(*])ảnh|Video|Clip|Bài\s+và\s+ảnh|Bài,\s+ảnh|Tin,\s+ảnh|Tin\s+và\s+ảnh|Tin\s+ảnh|"
                     r"Text\s+and\s+photos?|Story\s+and\s+photos?|Story|Text|Bài|Tin|Thực\s+hiện|Tác\s+giả(?:\s+bài\s+viết)?)\s*:\s*"
                     r"|(?<=[A-Z] )(?:Photos?|Ảnh)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])"  # "VNA/VNS Photo Xuan Tu"
                     r"|(?<=[.!?] )Ảnh\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]* [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*\s*$)"  # "… năng suất. Ảnh Quốc Sơn"
                     r"|(?<=\()(?:[Pp]hotos?|[Ảả]nh)\s+(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]))")  # "(ảnh Thanh Tân)"


_OUTLET_SLASH = re.compile(r"[A-Za-z][\w.]*/(?=[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]* [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])")
# First words of institutions and places before "Văn": "Nhà Văn hóa", "Hội Văn học", "Sở Văn hóa".
_NOT_FAMILY = frozenset("Nha Nhà Hoi Hội Truong Trường Dai Đài Bao Báo Cong Công Phong Phòng So Sở Trung Tam Tâm Doan Đoàn "
                        "Cuc Cục Vien Viện Khu Ban Tap Tạp Lang Làng Ngay Ngày Tuan Tuần Gia Nghe Nghệ Bo Bộ Thu Thư "
                        "Photo Photos Ảnh Video Clip".split())  # "VNA/VNS Photo Văn Bảo": a credit, then the name
_NEXT_SYLLABLE = re.compile(r" [A-Z][a-z]+\b")
# An outlet's abbreviation before a word: "VN Express", "VTC News" (a person's credit is in capitals
# throughout, "HỒNG ANH", or in none).
_OUTLET_CREDIT = re.compile(r"[A-Z]{2,5} [A-Z][a-z]+")
# A credit to the paper's reporter or contributor, unnamed: "PV", "P.V" (phóng viên), "CTV" (cộng tác viên), or
# to its archive ("Tư liệu", "TL"), to a collection ("ST", sưu tầm), to the person pictured ("NVCC", nhân vật cung
# cấp) or to the organisers ("BTC", ban tổ chức).
_STAFF_CREDIT = re.compile(r"(?:P\.?V\.?|CTV|TƯ LIỆU|Tư liệu|tư liệu|TL|ST|NVCC|BTC|Internet)(?![\w.])")
# Number words that are also given names ("By Hai Binh", "Ảnh: Ba Duy"); a credit needs two name words.
_NUMBER_NAMES = frozenset({"Hai", "Ba", "Năm"})


# A credit of one word that ends there: two capitals (initials) or a Vietnamese syllable.
_LONE_CREDIT = re.compile(r"(?P<name>[A-ZĐ]{2}|[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]{1,6})(?=\s*(?:[|)]|\.?\s*$))")


_NAME_ANH = re.compile(r"Anh [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_]*(?:[^\w]|$)")


def _credit_name_end(text: str, start: int) -> int | None:
    """Two to four name words (or upper-case words) after a credit; not "Theo Báo Lào Cai" (according to a paper)."""
    words = []
    position = start
    first = _WORD.match(text, start)
    # In English, Vietnamese words written without their marks are names ("Photo: Trong Kien" is Trọng Kiên).
    stop = ENGLISH_FUNCTION_WORDS if unmarked(text) else FUNCTION_WORDS
    if first and (first.group() in stop and first.group() not in _NUMBER_NAMES and not _NAME_ANH.match(text, start)
                  or first.group() in ("Báo", "Nguồn", "Theo")):
        return None  # but "Ảnh: Anh Dũng": "Anh" opens many given names
    if _STAFF_CREDIT.match(text, start):
        return None  # "Ảnh: PV": the paper's reporter, unnamed
    initials = re.match(r"(?:[A-ZĐ]\.){1,3}[A-ZĐ](?:[^\W\d_A-Z]+|[A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]+)?\b\.?|[A-ZĐ]\. [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ][^\W\d_A-Z]+\b(?! [A-ZĐÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ])",
                        text[start:start + 16])  # "Đ.X.", "H.Nụ", "P.OANH", "H. Thượng"
    if initials:  # "Ảnh: B.P", "(Ảnh: Đ.X.)"
        return start + initials.end()
    alone = _LONE_CREDIT.match(text, start)
    if alone and (alone.group("name").isupper() or vietnamese_words(alone.group("name"))):
        return alone.end("name")  # "Ảnh: MĐ", "(Ảnh: Khá)": initials or a pen name (an outlet's word is no syllable)
    while len(words) < 4:
        word = _WORD.match(text, position)
        if not word or not (_is_syllable(word.group()) or word.group().isupper() and len(word.group()) > 1):
            break
        if words and word.group().isupper() != words[0].group().isupper():
            break  # "Photo Hoàng Cường HÀ NỘI —": a dateline in capitals after the name
        words.append(word)
        if word.end() < len(text) and text[word.end()] == " ":
            position = word.end() + 1
        else:
            break
    if len(words) >= 3 and words[-1].group() in _COUNT_WORDS and re.match(r" [a-zđà-ỹ]", text[words[-1].end():words[-1].end() + 2]):
        words.pop()  # ".Ảnh: Huyền Mỹ Bảy thanh niên …": a number opens the next sentence, run into the credit
    return words[-1].end() if len(words) >= 2 else None


_COUNT_WORDS = frozenset("Một Hai Ba Bốn Năm Sáu Bảy Tám Chín Mười Hàng Nhiều Các Những".split())


_TITLE_WORDS = frozenset(t for t in _TITLES if " " not in t)  # "Mr Ban Van Lam": the title opens no name
_GLUED_TYPE_WORD = re.compile(r"[^\W\d_](?:province|district|commune|village|city|border|tỉnh|huyện)$")


# Prepositions that open a sentence capitalised, before a place: "Ở Hà Nội, …", "Về Hà Giang, …".
_PREPOSITIONS_VI = frozenset("Ở Về Vào Ra Lên Xuống Tới Giữa Dọc Khắp Tận Phía Gần".split())
# The words of a caption's credit, before or after a name: "Ảnh Nguyễn Thanh Hải", "bà Dương Thị Biến Ảnh: …".
_CREDIT_WORDS = frozenset("Ảnh ẢNH Photo Photos PHOTO Video Clip".split())


def _foreign_name_start(text: str, start: int) -> int:
    """'Xuon Kim Bo', 'Ek Xa Rit': a foreign name whose middle syllable is a Vietnamese family name opens
    one or two syllables earlier, after a word in lower case or a title ('ông', 'Mr')."""
    if start < 2 or text[start - 1] != " ":
        return start
    words = _words_before(text, start - 1, 3)
    syllables = 0
    while syllables < len(words) and _is_syllable(words[-1 - syllables]) and words[-1 - syllables] not in FUNCTION_WORDS \
            and words[-1 - syllables] not in _PREPOSITIONS_VI and words[-1 - syllables] not in _CREDIT_WORDS \
            and words[-1 - syllables] not in _TITLE_WORDS and not _english_word(words[-1 - syllables]):
        syllables += 1
    opening = start - len(" ".join(words)) - 1  # where the words before open
    if not 1 <= syllables <= 2 or syllables == len(words) and opening > 0 \
            and text[:opening].rstrip(" ")[-1:] not in (".", ",", ";", ":", "(", "\n", ""):
        return start  # the run opens a clause: after punctuation ("comrades: Pheng Can Nha Nhim")
    if syllables < len(words) and words[-1 - syllables][0].isupper():
        return start  # a longer capitalised run: a name of something else ("Đồn Biên phòng Tổng Cọt Nông Tiến Hùng")
    extra = words[len(words) - syllables:]
    kinds = unit_kinds(" ".join(extra))
    if len(extra) == 1:  # one syllable names many communes ("Ky", "Bo"), few provinces or districts ("Huế")
        kinds = kinds - COMMUNE_LEVEL - {"village"}
    if kinds or any(w in family_names() or _place_word(w, text) for w in extra) or " ".join(extra) in COUNTRY_NAMES:
        return start  # "Ha Giang Tran Van Nam", "người Trung Quốc Vương Minh": a place, or a name opening with its family name
    return start - len(" ".join(extra)) - 1


def _opens_position(text: str, start: int, word: str) -> bool:
    """'Phó' always, and 'Chính', 'Bí', 'Trưởng'... when a lower-case word follows ('Chính ủy', 'Bí thư'):
    a position after a name, not its last syllable ('Vương Chính Phúc'). Syllables that are common in
    names need the very word that makes them a position: 'Nguyễn Thị Thứ được…' ends on 'Thứ'."""
    if word not in _POSITION_OPENERS:
        return False
    following = _WORD.match(text, start + len(word) + 1)
    if word == "Phó":
        return True
    if word == "Ty":  # "Ty Công an tỉnh Kra Chê": a Cambodian or Lao province's police service
        return text.startswith("Công an", start + 3)
    if following is None or not following.group()[0].islower():
        return False
    partners = _POSITION_PARTNERS.get(word)
    return partners is None or following.group() in partners


def normal_case(name: str) -> str:
    """'TRIEU QUOC NGUAY' -> 'Trieu Quoc Nguay'; mixed-case names and initials ("MĐ") stay as written."""
    if len(name) <= 3 and " " not in name:
        return name
    return " ".join(w[:1] + w[1:].lower() if w.isupper() and "." not in w else w for w in name.split())  # "H.V" stays


class PeopleFinder:
    def __init__(self, curated: Sequence = (), exclude: Iterable[str] = ()) -> None:
        """`curated`: PersonAlias entries (matched even without a title); `exclude`: names of places and
        organisations that must never be taken for people."""
        self.curated = {p.id: p for p in curated}
        self.curated_spellings = {fold(phrase): p.id for p in curated for phrase in (p.name, *p.aliases)}
        self.matcher = PhraseMatcher((phrase, p.id, True) for p in curated for phrase in (p.name, *p.aliases))
        self.exclude = {fold(x) for x in exclude}

    def find(self, text: str, known: Iterable[str] = ()) -> list[Mention]:
        known = [n for n in known if n]
        found: list[Mention] = []
        untitled = self._untitled(text)
        # The names known so far, this block's included, for short references ("Uncle Ho").
        seen = known + [x.get("name") for x in untitled]
        for title in _TITLE.finditer(text):
            if _TITLE.match(text, title.end()) or text[max(0, title.start() - 4):title.start()].endswith(("Bộ ", "Ban ")):
                continue  # "Sen. Lt. Col. Dang": the last title leads; "Bộ Tư lệnh" is a command
            if _INITIALS_AHEAD.match(text, title.end()):
                continue  # "chị Ng.T.H": a name withheld, found by its initials
            name_start, name_end = self._name_after(text, title.end())
            if name_start is not None and _CEMETERY_BEFORE.search(text, max(0, name_start - 50), name_start):
                continue  # "Nghĩa trang liệt sĩ Trường Sơn": a cemetery's place, no martyr named
            if name_start is not None and title.group("title") in _ROLES and title.group("title")[0].isupper() \
                    and text[name_start:name_end].split()[0].capitalize() not in family_names():
                continue  # "Workers Stranded …": a headline's words, no name
            if name_start is not None and SETTLEMENT_HEAD.search(text, max(0, title.end() - 24), title.end()) \
                    and not names_a_person(text[name_start:name_end]):
                continue  # "Trưởng bản Pa Thơm": the head of the village Pa Thơm, who is not named
            if name_start is not None:
                found.append(self._mention(text, name_start, name_end, title.group("title")))
                seen.append(found[-1].get("name"))
            elif title.group("title") in _SHORT_OK:
                short = self._short_reference(text, title, seen)
                if short:
                    found.append(short)
        for head in _HEAD_OF.finditer(text):
            if head.group("country"):  # "President of China Xi Jinping": the name follows the country at once
                end = _one_to_three_names(text, head.end())
                owner = _LAST_NAME_OWNING.match(text, end or head.end())
                if owner and _is_syllable(owner.group(1)):
                    end = owner.start(1) + len(owner.group(1))  # "… Xi Jinping’s visit"
                if end and " " in text[head.end():end] and self._is_person_name(text, head.end(), end):
                    found.append(self._mention(text, head.end(), end, "", text[head.start():head.end()].strip()))
                continue
            person = self._name_ending_run(text, head.end())
            if person:
                start, end, org_end = person
                position = text[head.start():org_end].strip()
                found.append(self._mention(text, start, end, "", position))
        found = _non_overlapping(found)
        taken = StaticSpans((x.start, x.end) for x in found)
        found += [x for x in untitled if not taken.overlaps(x.start, x.end)]
        found = _non_overlapping(found)
        taken = StaticSpans((x.start, x.end) for x in found)
        names = tuple(sorted({n for n in known if " " in n} | {x.get("name") for x in found if " " in x.get("name")}))
        if names or self.matcher.size:
            # Curated names too, as if listed after the article's: a name both know keeps the article's key.
            for start, end, key in _bare_matcher(names).find(text, also=self.matcher):
                if not taken.overlaps(start, end) and not _inside_other_name(text, start, end) \
                        and all(w[:1].isupper() for w in text[start:end].split()):  # "đóng quân" is no "Đổng Quân"
                    found.append(self._mention(text, start, end, "", key=key))
        if (known or found) and _SPEAKER_VERB.search(text):
            every = tuple(sorted({n for n in known} | {x.get("name") for x in found}))
            found += self._speakers(text, every, StaticSpans((x.start, x.end) for x in found))
        return sorted((x for x in found if not _not_a_person(text, x)), key=lambda x: x.start)

    def _speakers(self, text: str, names: tuple[str, ...], taken: StaticSpans) -> list[Mention]:
        """'Chien said', 'Hùng cho biết': the given name alone before a verb of speech is the one person of
        the article whose name ends with it."""
        last: dict[str, set[str]] = {}
        for name in names:
            last.setdefault(fold(name.split()[-1]), set()).add(name)
        out = []
        for speaker in _SPEAKER.finditer(text):
            full = last.get(fold(speaker.group("name")), set())
            if re.search(r"[^\W\d_]\s$", text[max(0, speaker.start() - 2):speaker.start()]) \
                    and text[:speaker.start()].split()[-1][:1].isupper():
                continue  # "Đồn Biên phòng Mỹ Lý cho biết": the end of a longer name, not Mr Lý
            if len(full) == 1 and not taken.overlaps(speaker.start(), speaker.end("name")):
                whole = next(iter(full))
                mention = self._mention(text, speaker.start(), speaker.end("name"), "", key=slugify(whole))
                out.append(replace(mention, data=(("name", whole),) + mention.data[1:]))
        return out

    # --- the rules --------------------------------------------------------------------------------

    def _name_after(self, text: str, start: int) -> tuple[int | None, int]:
        country = _COUNTRY_LEAD.match(text, start) or _RANK_GRADE.match(text, start)
        if country:  # "Phó Thủ tướng Lào Saleumxay Kommasith": Laos's deputy prime minister; "Thiếu tá QNCN Lò Văn Khánh"
            start = country.end()
        words = list(re.finditer(r"[^\s,;:.()\"“”]+", text[start:start + 80]))
        taken = []
        for word in words:
            gap = text[start + (taken[-1].end() if taken else 0):start + word.start()]
            if taken and gap != " ":
                break
            if not taken and word.start() != 0:
                break
            token = word.group()
            core = token.removesuffix("'s").removesuffix("’s")
            if len(taken) == 2 and len(core) == 1 and core.isupper() and (
                    taken[1].group() in _MIDDLE_NAMES or _WITHHELD_END.match(text, start + word.end())):
                taken.append(word)  # "Pham Van B", "Hoàng Ngọc H.", "Thượng tá Hoàng Ngọc B cho biết": a name withheld
                break
            if core == "A" and (taken and len(taken) < 3 or not taken and _HMONG_GIVEN.match(text, start + word.end())):
                taken.append(word)  # the middle "A" of Hmong names ("Phang A Mang")
                continue
            if not taken and _TRANSLITERATED.fullmatch(core):  # "Comrade Phay-vi-Xibuali-pha", "Chăn-tha-vông Phạ-sụ-nôn"
                whole = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+(?: [A-ZĐ][^\W\d_]*(?:-[^\W\d_]+)+)*").match(text, start + word.start())
                return whole.start(), whole.end()
            if taken and _TRANSLITERATED.fullmatch(core):
                taken.append(word)  # "Văn-xay Phong-Sạ-Vẳn": a Lao name written syllable by syllable
                continue
            if taken and "–" in core and _is_name_word(core.split("–")[0]):
                # "Nguyễn Đình Huân–Phó Chủ tịch": a dash run into the name ends it
                taken.append(re.compile(re.escape(core.split("–")[0])).match(word.string, word.start()))
                break
            if taken and "-" in core and _is_name_word(core.split("-")[0]) and not _is_name_word(core):
                # "Hoàng Văn Nam-Đồn trưởng": the name ends at the hyphen
                taken.append(re.compile(re.escape(core.split("-")[0])).match(word.string, word.start()))
                break
            given = (len(taken) >= 2 and (taken[-1].group() in _BEFORE_GIVEN or core in _TYPE_WORD_GIVEN)
                     or taken and core in ("Quân", "Lệnh")) \
                and _given_name_too(text, start + word.end(), core) or len(taken) == 1 and _middle_the(text, start + word.start(), core)
            given = given or len(taken) >= 2 and _given_before_age(text, start + word.start() + len(core), core)
            if not (_is_name_word(core) or given or taken and _given_name_like_a_month(text, start + word.start(), core)) \
                    or taken and len(taken) == (6 if taken[0].group().capitalize() in family_names() else 8):
                break  # a Vietnamese name runs to six syllables, a Lao one to eight ("Khăm Phăn Phôm Ma Thắt Thạ Vông")
            if taken and not given and _opens_position(text, start + word.start(), core):
                break
            if taken and (core.isupper() and len(core) > 1 and not taken[-1].group().isupper() or core in _CREDIT_WORDS):
                break  # "bà Dương Thị Biến ẢNH: THANH TRUNG", "… Biến Ảnh: …": a credit follows the name
            taken.append(word)
            if core != token:
                break
        while taken and taken[-1].group() == "A" and not (len(taken) == 3 and taken[1].group() in _MIDDLE_NAMES):
            taken.pop()
        dashed = _DASHED_SYLLABLES.match(text, start + taken[-1].end()) if len(taken) == 1 else None
        if dashed:  # "Trung tá Seenng - Thoong - Sụ - Pha - Phông": a Lao name written syllable by syllable with dashes
            return start + taken[0].start(), dashed.end()
        if len(taken) < 2 or taken[-1].group() in ("Văn", "Thị") and (
                len(taken) < 3 or taken[0].group().capitalize() in family_names()):
            return None, 0  # no name, or one cut before its given name (but Lao names end in "Văn": "Bun Ma Văn")
        last = taken[-1].group()
        name_start = start + taken[0].start()
        name_end = start + taken[-1].start() + len(last.removesuffix("'s").removesuffix("’s"))
        if _place_after(last, taken[-2].group() if len(taken) > 2 else "") or _opens_compound(text, name_end):
            return None, 0  # "cô giáo Trường Tiểu học": a school, no teacher named
        country = _COUNTRY_LAST.search(text, name_start, name_end)
        if country and country.end() == name_end and country.start() > name_start + 2:
            name_end = country.start()  # "ông Somphong Bunsuk Thái Lan": a Thai, Mr Somphong Bunsuk
        if fold(text[name_start:name_end]) in self.exclude:
            return None, 0
        return name_start, name_end

    def _short_reference(self, text: str, title: re.Match, known: list[str]) -> Mention | None:
        """'Col. Vinh' after 'Lieutenant Colonel Trinh Xuan Vinh': the same person; alone, a person
        known by that one name ('Mr. Tua')."""
        word = _WORD.match(text, title.end())
        if text.endswith(("Bộ đội ", "bộ đội ", "Anh bộ đội ", "anh bộ đội ", "lính ", "Lính "), 0, title.start()) \
                or _HO_S_SOLDIERS.match(text, title.end()):
            return None  # "Bộ đội Cụ Hồ", "Uncle Ho's soldiers": the army, not the man
        if not word or not _is_syllable(word.group().removesuffix("'s").removesuffix("’s")) or len(word.group()) < 2:
            return None
        given = word.group().removesuffix("'s").removesuffix("’s")
        if _opens_position(text, word.start(), given):
            return None  # "Thượng tá Chánh văn phòng Trần Văn Toản": a position after the rank, then the name
        if given in FUNCTION_WORDS or _CAPITALISED_BEFORE.search(text, max(0, title.start() - 20), title.start()) \
                and title.group("title") in ("Bà", "Ông", "Anh", "Chị", "Cụ"):
            return None  # "Deputy Secretary Of The …" in a headline; "Cát Bà Kế hoạch": "Bà" inside a name
        end = word.start() + len(given)
        after = _WORD.match(text, end + 1) if end + 1 < len(text) and text[end] == " " else None
        if after and _is_syllable(after.group()) and after.group() not in _POSITION_OPENERS:
            return None  # more capitalised words follow: not a one-word name
        if after and _place_after(after.group()) or _opens_compound(text, end):
            return None  # "thầy giáo Tiểu học Sóc Giang": a school's word, no Mr Tiểu
        phrase = f"{title.group('title')} {given}"
        curated = self.matcher.find(phrase) if self.matcher.size else []
        if curated and curated[0][:2] == (0, len(phrase)):  # "Uncle Ho", "Bác Hồ": a curated spelling
            return self._mention(text, title.start(), end, "", key=curated[0][2])
        if fold(given) in self.exclude or fold(phrase) in self.exclude or unit_kinds(phrase):
            return None  # "Bà Rịa", "em Lào": a place
        folded = fold(given)
        full = next((n for n in reversed(known) if fold(n.split()[-1]) == folded), None)
        if full is None:  # "Uncle Ho", "Mr. Nguyen": the family name of one person named earlier
            families = [n for n in known if " " in n and fold(n.split()[0]) == folded]
            full = families[0] if len(set(families)) == 1 else None
        if full is None and title.group("title").isascii() and (
                _english_word(given) or given.casefold() in _NOT_NAME or given.casefold() in _COMMON_NOUNS):
            return None  # "the General Plan", "the Young Officer Delegation": a title's word before a noun
        if full:
            mention = self._mention(text, word.start(), end, title.group("title"), key=slugify(full))
            return Mention(mention.start, mention.end, PERSON, mention.key, mention.text,
                           (("name", full),) + mention.data[1:])
        return self._mention(text, word.start(), end, title.group("title"))

    def _untitled(self, text: str) -> list[Mention]:
        """Names with no title: those opening with a family name, and capitalised names followed by
        a position in apposition or a birth year."""
        out = []
        for credit in _CREDIT.finditer(text) if ":" in text or "by " in text or "By " in text or "hoto " in text or "nh " in text else ():
            start = credit.end()
            outlet = _OUTLET_SLASH.match(text, start)
            if outlet:
                start = outlet.end()  # "Photo by VnExpress/Dinh Tien": the photographer of an outlet
            while (end := _credit_name_end(text, start)) is not None:  # "Thế Mạnh – Thanh Giang": each credited
                if fold(text[start:end]) in self.exclude or _OUTLET_CREDIT.fullmatch(text, start, end) \
                        or text[start:end].isupper() and fold(text[start:end].split()[0]) in self.exclude:
                    break  # "Photo: Tuoi Tre", "Photo: VN Express", "PHOTO: VNA HCMC": an outlet or a place, credited
                mention = self._mention(text, start, end, "")
                out.append(replace(mention, data=mention.data + (("role", "credit"),)))
                joined = re.match(r"\s*(?:[-–,&/]|và|and)\s*", text[end:end + 6])
                if not joined:
                    break
                start = end + joined.end()
        out += self._bylines(text)
        for highland in _HIGHLAND_NAME.finditer(text) if "Y " in text or "H’" in text or "H'" in text else ():
            end = highland.end("name")
            while not text[:end].rsplit(None, 1)[-1][:1].isupper():
                end = highland.start("name") + len(text[highland.start("name"):end].rsplit(None, 1)[0])  # "Y Zên được"
            out.append(self._mention(text, highland.start("name"), end, highland.group("title") or ""))
        for middle in MIDDLE_NAME.finditer(text) if " Van " in text or " Thi " in text or " Văn " in text or " Thị " in text else ():
            start, end = middle.span()
            first = middle.group("first")
            words = middle.group().split()  # the pattern's letter ranges take some lower-case letters too
            while not words[-1][0].isupper():
                end -= len(words.pop()) + 1
            if len(words) < 3:
                continue
            if (first not in _NOT_FAMILY and _is_syllable(first) and first not in FUNCTION_WORDS
                    and not _CAPITALISED_BEFORE.search(text, max(0, start - 20), start) and self._is_person_name(text, start, end)):
                out.append(self._mention(text, start, end, ""))  # "Pit Van Chuyen": a family name the list lacks
        for said in _NAME_SAID.finditer(text) if " said" in text or " told" in text or " says" in text else ():
            start, end = said.span("name")
            words = said.group("name").split()
            if (all(_is_syllable(w) for w in words) and words[0] not in FUNCTION_WORDS and not _TITLE.match(text, start)
                    and not _CAPITALISED_BEFORE.search(text, max(0, start - 20), start) and self._is_person_name(text, start, end)):
                out.append(self._mention(text, start, end, ""))  # "Song Lon said", "…, Cheang Um told reporters"
        for named in _NAME_THEN_POSITION.finditer(text) if ", " in text else ():
            start, end = named.span("name")
            words = named.group("name").replace("-", " ").split()
            if (not any(w in FUNCTION_WORDS or w in _DAY_NAMES or w in COUNTRY_NAMES or w.casefold() in _NOT_NAME_WORDS for w in words)
                    and not _TITLE.match(text, start) and self._is_person_name(text, start, end)):
                out.append(self._mention(text, start, end, ""))  # "Graham Shaw, technical officer for …"
        for said in _SAID.finditer(text) if "said " in text or "says " in text else ():
            if said.group("name") not in _DAY_NAMES and self._is_person_name(text, said.start("name"), said.end("name")):
                out.append(self._mention(text, said.start("name"), said.end("name"), ""))  # '… ," said Liên'
        for initials in _INITIALS.finditer(text) if "." in text else ():  # "ông L.V.T", "P.Đ.A. (sinh năm 1972)": names withheld
            out.append(self._mention(text, initials.start("name"), initials.end("name"), initials.group("title") or ""))
        for named in _NAMED.finditer(text) if _NAMED_WORDS.search(text) else ():
            if _THING_NAMED.search(text, max(0, named.start() - 40), named.start()) \
                    or re.match(r"(?:\s+[A-ZĐ][^\W\d_]*){0,2}\s+\d", text[named.end():named.end() + 40]):
                continue  # "the island was named Huyen Tran", "a casino named Lucky 88", "con tàu có tên …": no person
            end = _one_to_three_names(text, named.end())
            if end and text[named.end():end] in family_names() and _is_name_word_at(text, end + 1):
                continue  # "đặt tên là Hồ Biên Cương": a family name whose given name was no syllable, no Mr Hồ
            if end and self._is_person_name(text, named.end(), end):
                out.append(self._mention(text, named.end(), end, ""))
                second = _AND_NAME.match(text, end)
                second_end = _one_to_three_names(text, second.end()) if second else None
                if second_end and self._is_person_name(text, second.end(), second_end):
                    out.append(self._mention(text, second.end(), second_end, ""))
        for aged in _AGED_BEFORE.finditer(text) if "-year-old" in text else ():  # "29-year-old Zheng"
            end = _one_to_three_names(text, aged.end())
            if end and " " not in text[aged.end():end] and (_NOUN_AFTER.match(text, end) or text[end:end + 1] == "-"):
                continue  # "the 20-year-old Vietnamese student": an adjective, then what the person is
            if end and self._is_person_name(text, aged.end(), end):
                out.append(self._mention(text, aged.end(), end, ""))
        for national in chain(_NATIONAL.finditer(text), _NATIONAL_VI.finditer(text) if not text.isascii() else ()):
            end = _one_to_three_names(text, national.end(), most=6)  # Lao names run to six syllables
            if end and " " in text[national.end():end] and self._is_person_name(text, national.end(), end):
                out.append(self._mention(text, national.end(), end, ""))
        # "Keng, 32, and Bunkham, 36", "Chòi Ụ Đa Non (sinh năm 1990)", "Khamla Sihavong, Deputy Governor".
        for cue, fewest in chain(((x, 1) for x in _AGE.finditer(text)), ((x, 2) for x in _APPOSITION.finditer(text))):
            words = _words_before(text, cue.start(), 9)  # Lao names run to eight syllables
            if len(words) == 9 and all(_is_syllable(w) for w in words):
                continue  # a heading in title case, not a name
            if not words:
                continue
            tail = len(words)
            while tail and (_is_syllable(words[tail - 1]) or fewest == 1 and _caps_syllable(words[tail - 1])):
                tail -= 1  # "CI QIN YANG (SN 1968)": a name in capitals before a birth year
            if len(words) - tail < fewest or tail and is_name_word(words[tail - 1]):
                continue  # no name, or one cut by a word that is capitalised but no syllable ("Phon In Thạ Vông")
            if words[tail] in _KIN_TITLES and len(words) - tail > fewest and words[tail + 1] in family_names():
                tail += 1  # "Anh Thào A Chứ, người có uy tín": the title opening the sentence, then the name
            start = cue.start() - len(" ".join(words[tail:]))
            if self._is_person_name(text, start, cue.start()):
                out.append(self._mention(text, start, cue.start(), ""))
                joined = re.search(r" (?:and|và) $", text[max(0, start - 5):start]) if fewest == 1 and cue.group("both") else None
                if joined:
                    # "Dosa Mavongxay and Lu Lec Invanongsa, both 19": the name before "and" too
                    first_end = start - len(joined.group())
                    first = _words_before(text, first_end)
                    head = len(first)
                    while head and _is_syllable(first[head - 1]):
                        head -= 1
                    if len(first) - head >= 2 and not (head and is_name_word(first[head - 1])):
                        first_start = first_end - len(" ".join(first[head:]))
                        if self._is_person_name(text, first_start, first_end):
                            out.append(self._mention(text, first_start, first_end, ""))
        for family in _FAMILY.finditer(text):
            if text.startswith(("Đoàn Thanh niên", "Đoàn Thanh Niên"), family.start()) or _BAN_BODY.match(text, family.start()):
                continue  # the Youth Union, not a Mr Đoàn; "Ban Chỉ đạo" (a steering committee), not a Mr Bàn
            previous = text[max(0, family.start() - 12):family.start()].rsplit(None, 1)
            second = _WORD.match(text, family.end() + 1)
            middle = bool(second) and second.group() in ("Văn", "Thị")  # "xã Ba Sơn Nguyễn Văn Thịnh": a name opens here
            if text[family.start() - 1:family.start()] == " " and previous and previous[-1] in family_names() and not middle \
                    and not _after_a_unit(text, family.start()):
                continue  # "Nguyễn Sinh Sắc": "Sinh" is inside a name that opens earlier
            if previous and previous[-1][:1].isupper() and unit_kinds(f"{previous[-1]} {family.group()}") - COMMUNE_LEVEL - {"village"}:
                continue  # "huyện Kỳ Sơn Nghệ An", "vào Lạng Sơn Cao Bằng": the end of a place's name, no Mr Sơn
            if _LATER_NAME.match(text, family.end()):
                continue  # "Sơn Nguyễn Văn Thịnh", "Sơn La Nguyễn Văn Việt": a place, then the name, which opens later
            if second and family.group().isascii() and not second.group().isascii() and family.group() not in written_family_names():
                continue  # "Ban Soạn thảo": a name written with marks writes its family name with them (Bàn)
            double = bool(second) and second.group() in family_names()  # "Huỳnh Lê Hoàng Bảo Như": two family names
            end = self._syllables_after(text, family.end(), 4 if double else 3)
            if end is None:
                continue
            start = _foreign_name_start(text, family.start())
            if family.group() == "Từ" and unit_kinds(text[family.end() + 1:end]):
                continue  # "Từ Hà Tiên ra đảo": from a place, no Mr Từ
            if second and unit_kinds(f"{family.group()} {second.group()}") & {"province", "city"} \
                    and not _KIN_TITLE_BEFORE.search(text, max(0, family.start() - 6), family.start()):
                continue  # "Tỉnh ủy Đồng Tháp Lê Quốc Phong", "Báo Cà Mau Chiều 11/3": a province, no Mr Đồng or Mr Cà
            if self._is_person_name(text, start, end):
                out.append(self._mention(text, start, end, ""))
        return out

    def closing_name(self, text: str, byline: bool = False) -> list[Mention]:
        """The article's last block when it is only a name spelt in Vietnamese syllables, with or without marks
        ("Lan Anh", "Hùng Phong"): its writer's. `byline`: the block was written in capitals ("TẤN THÁI")."""
        name = text.strip()
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words) or not vietnamese_words(name) \
                or fold(name) in self.exclude or fold(name) in ethnic_groups():
            return []
        kinds = unit_kinds(name)
        if kinds - _SMALL_UNITS or kinds and words[0] not in family_names() and not byline:
            return []  # "Lào Cai"; "Hùng Phong", a commune's name unless a family name or capitals ("TẤN THÁI") say a writer's
        start = text.index(name)
        return [self._mention(text, start, start + len(name), "")]

    def caption_credits(self, text: str) -> list[Mention]:
        """A caption that is only names in Vietnamese syllables, in capitals: its writers' or photographers'."""
        if not _CAPS_CREDIT.fullmatch(text):
            return []
        return [replace(self._mention(text, x.start(), x.end(), ""), data=(("role", "credit"),))
                for x in _CAPS_WORDS.finditer(text) if vietnamese_words(x.group()) and fold(x.group()) not in self.exclude
                and not unit_kinds(x.group().title()) - _SMALL_UNITS]

    def _bylines(self, text: str) -> list[Mention]:
        """A block that is only a writer's name ("Hải Sâm", "DƯƠNG QUANG"), and a caption that ends with its
        photographer's initials ("… bị bắt giữ N.K")."""
        out = []
        byline = _BYLINE.fullmatch(text) if len(text) < 60 else None
        name = byline.group("name") if byline else ""
        kinds = unit_kinds(name) if byline else frozenset()
        if byline and _is_byline(name, bool(byline.group("when"))) and fold(name) not in self.exclude and fold(name) not in ethnic_groups() and (
                not kinds or (name.split()[0].capitalize() in family_names() or byline.group("when"))
                and not kinds - _SMALL_UNITS):
            # "Dương Quang" though a commune bears the name; not "Hà Nội", nor a heading "Sín Thầu"
            out.append(self._mention(text, byline.start("name"), byline.end("name"), ""))
        if _INITIALS_BYLINE.fullmatch(text):  # "B.B - H.A": the writers' initials, a block of their own
            out += [replace(self._mention(text, x.start(), x.end(), ""), data=(("name", x.group()), ("role", "credit")))
                    for x in re.finditer(rf"{_INITIAL_AND_NAME}|{_INITIALS_NAME}", text)]
        mixed = _MIXED_BYLINE.fullmatch(text) if len(text) < 40 and not text.isascii() else None
        if mixed:
            caps = "a" if mixed.group("a") else "b"
            # "MINH KHÔI" though a commune bears the name; not "TÂY NINH", a province as a dateline
            if (mixed.group(caps).isupper() or mixed.group(caps).istitle()) and not unit_kinds(mixed.group(caps).title()) - _SMALL_UNITS:
                out.append(self._mention(text, mixed.start(caps), mixed.end(caps), ""))
            out += [self._mention(text, x.start(), x.end(), "") for x in re.finditer(_INITIALS_NAME, text)
                    if not mixed.start(caps) <= x.start() < mixed.end(caps)]
        pair = _PAIR_BYLINE.fullmatch(text) if len(text) < 40 and not text.isascii() else None
        if pair and self._writers(pair.group("a"), pair.group("b")):
            out += [self._mention(text, pair.start(x), pair.end(x), "") for x in "ab"]
        caps = _CLOSING_CAPS.search(text) if text[-1:].isupper() else None
        if caps and all(_VOWEL.search(w) for w in caps.group("name").split()) \
                and not unit_kinds(caps.group("name").title()) - _SMALL_UNITS:
            out.append(self._mention(text, caps.start("name"), caps.end("name"), ""))
        closing = _CLOSING_INITIALS.search(text) if "." in text[-8:] else None
        if closing:
            out.append(self._mention(text, closing.start("name"), closing.end("name"), ""))
        return [replace(x, data=x.data + (("role", "credit"),)) for x in out]

    def _writers(self, *names: str) -> bool:
        """Names that read as writers' rather than as a heading of places: Vietnamese syllables, none a unit larger
        than a commune, and not all of them units ("Kỳ Nam - Na Vy", not "Sín Thầu - A Pa Chải")."""
        kinds = [unit_kinds(x) for x in names]
        return all(vietnamese_words(x) and fold(x) not in self.exclude and fold(x) not in ethnic_groups()
                   and not k - _SMALL_UNITS for x, k in zip(names, kinds)) \
            and any(not k or x.split()[0] in family_names() for x, k in zip(names, kinds))

    @staticmethod
    def _syllables_after(text: str, position: int, most: int) -> int | None:
        """The end of up to `most` capitalised syllables after `position`, each after one space."""
        end = None
        count = 0
        while count < most and position < len(text) and text[position] == " ":
            word = _WORD.match(text, position + 1)
            if not word:
                break
            token = word.group()
            core = token.removesuffix("'s").removesuffix("’s")
            previous = text[:word.start()].rstrip().rsplit(" ", 1)[-1]
            after_middle = core in ("Quân", "Lệnh") or bool(count) and (previous in _BEFORE_GIVEN or core in _TYPE_WORD_GIVEN)
            given = after_middle and _given_name_too(text, word.end(), core)  # "Vì Văn On", "Sùng A Lệnh", "Đinh Quân"
            if count == 0 and _middle_the(text, word.start(), core) or count and _given_before_age(text, word.start() + len(core), core):
                given = True
            if not (_is_syllable(core) and not _english_word(core) or given
                    or count and _given_name_like_a_month(text, word.start(), core)) \
                    or not given and _opens_position(text, word.start(), core) or _place_after(core, previous if count > 1 else ""):
                break
            if core == "A" and not (word.end() < len(text) and text[word.end()] == " ") and not _PLACEHOLDER.search(text, 0, word.start()):
                break  # "A" is a middle syllable of Hmong names, never the last (but "Nguyễn Văn A" stands for a name withheld)
            end = word.start() + len(core)
            position = end
            count += 1
            if core != token:
                break  # a possessive ends the name
        if end is not None and text[:end].rsplit(" ", 1)[-1] in ("Văn", "Thị"):
            return None  # "Đoàn Văn công" (an art troupe): a name does not end on its middle syllable
        return end

    def _is_person_name(self, text: str, start: int, end: int) -> bool:
        name = text[start:end]
        if text[end:end + 1] == "." and re.match(r"\.\s?\d", text[end:end + 3]):
            return False  # "Son Kim No.1 Commune", "Kim Thanh No. 2 Border Gate": a numbered place's name

        folded = fold(name)
        if folded in self.exclude or folded in ethnic_groups():
            return False
        if name.count(" ") == 1 and unit_kinds(name):
            return False  # "Cao Bằng", "Mai Sơn", "Lê Lợi" (a commune) are places
        if name.count(" ") > 1 and fold(" ".join(name.split()[:2])) in _BODY_KINDS:
            return False  # "Hải Quan Hà Tĩnh": a body written with capitals, then its province
        if name.count(" ") == 1 and name.startswith(("Đèo ", "Lăng ")):
            return False  # "Đèo Ngang" (a pass), "Lăng Bác" (the mausoleum): these clans' names carry a middle name
        if name.split(" ", 1)[0] in _DETERMINERS and unit_kinds(name.split(" ", 1)[-1]):
            return False  # "Another Cao Bang resident", "A Quang Ninh court": a place after an English determiner
        words = name.split()
        if len(words) > 1 and (_place_after(words[-1], words[-2] if len(words) > 2 else "") or words[-1].isascii() and words[-1].casefold() in _NOT_LAST_NAME):
            return False  # "the Dong Van Plateau (Ha Giang)", "Hong Van Station Border Guards": a place or a body
        if name.count(" ") == 1 and name.split()[1] in _BRANCHES or len(words) > 2 and words[-1] in _BRANCHES and words[-2] in _STEMS:
            return False  # "Tết Nhâm Thìn", "Xuân Giáp Thìn": a year of the lunar calendar
        if (name.split(" ", 1)[-1] in COUNTRY_NAMES or _COUNTRY_LAST.search(name)
                or start > 1 and text[start - 1] == "." and text[start - 2].isalpha()):
            return False  # "Đoàn Việt Nam" (the delegation), "Tàu Thái Lan" (a ship), "T.Ư Đoàn" (an abbreviation)
        if _CEMETERY_BEFORE.search(text, max(0, start - 50), start):
            return False
        if _opens_compound(text, end):
            return False  # "Đoàn Đại biểu Quốc hội": the name's last syllable opens a word in lower case, no Mr Đoàn Đại
        if _VESSEL_BEFORE.search(text, max(0, start - 60), start):
            return False  # "the frigate Tran Hung Dao": ships bear the names of heroes
        if _AND_PLACES_AFTER.match(text, end):
            return False  # "Phan Dinh Phung and Tran Phu streets": the first of two places of a kind
        if _AWARD_BEFORE.search(text, max(0, start - 20), start):
            return False  # "Giải thưởng Võ Nguyên Giáp": an award named after a person
        before = re.findall(r"([^\W\d_]+)\s+$", text[max(0, start - 20):start])  # right before, no punctuation between
        if before and _place_word(before[-1], text) and not holder_after_body(text, start, name) \
                and not _NOT_SCHOOL.search(text, max(0, start - 20), start) and not _home_of(text, start, name):
            return False
        numbered = _NUMBERED.match(text, end)  # "Bac Luan II bridge", "Thanh Hai 2 hamlet"
        after_end = numbered.end() if numbered else end
        after = _WORD.match(text, after_end + 1) if after_end + 1 < len(text) and text[after_end] == " " else None
        if after and _place_after(after.group()):
            return False
        return True

    def _name_ending_run(self, text: str, start: int) -> tuple[int, int, int] | None:
        """In 'Party Central Committee Office Nguyen Duy Ngoc;' the last 2–4 name words are the person."""
        run = list(re.finditer(r"[^\s,;:.()\"“”]+", text[start:start + 160]))
        words = []
        for word in run:
            if word.group()[0].isupper() or word.group() in ("for", "and", "of", "province", "district", "city"):
                if words and text[start + words[-1].end():start + word.start()] != " ":
                    break
                words.append(word)
            else:
                break
        tail = []
        for word in reversed(words):
            if not _is_name_word(word.group()) or len(tail) == 4:
                break
            tail.insert(0, word)
        family = next((i for i, w in enumerate(tail[:-1]) if w.group() in family_names()), None)
        if family:
            tail = tail[family:]  # "… Sub-department of Fisheries Le Van Binh": the person opens with the family name
        if len(tail) < 2 or len(tail) == len(words):
            return None
        name_start, name_end = start + tail[0].start(), start + tail[-1].end()
        if fold(text[name_start:name_end]) in self.exclude or _place_after(tail[-1].group()):
            return None  # "... of Thuan An Port": a place, not a person
        return name_start, name_end, start + words[len(words) - len(tail) - 1].end()

    def _mention(self, text: str, start: int, end: int, title: str, position: str = "", key: str = "") -> Mention:
        verb = _OPENING_VERB.match(text, start)
        if verb and verb.end() < end:
            start = verb.end()  # "Quoting Nguyen Anh Dung, deputy chairman …": the verb opens the sentence
        withheld = _MORE_INITIALS.match(text, end) if text[end - 1:end].isupper() and text[end - 2:end - 1] == " " \
            and end - 2 > start else None
        if withheld:
            end = withheld.end()  # "Nguyễn T.P.", "Lê T.H.N.": a name withheld but its family name
        name = normal_case(text[start:end])
        curated = self.curated.get(key)
        if curated is None:
            key = key or slugify(name.replace("'", "’"))  # "H'Líu" and "H’Líu": one person however the apostrophe is typed
            curated = self.curated.get(key) or self.curated.get(self.curated_spellings.get(fold(name), ""))
        data = [("name", curated.name if curated else name)]
        if title:
            data.append(("title", title[:1].upper() + title[1:].rstrip(".")))
        position = position or _position_after(text, end)
        if position:
            data.append(("position", position))
        born = _BORN.match(text, end)
        if born:
            data.append(("born", born.group("year")))
        return Mention(start, end, PERSON, curated.id if curated else key, text[start:end], tuple(data))


def _inside_other_name(text: str, start: int, end: int) -> bool:
    """'Ho Chi Minh City', 'đường Hồ Chí Minh', 'Tran Phu Street': a place named after a person; 'Bộ đội
    Cụ Hồ', 'Uncle Ho's soldiers': the army."""
    if text.endswith(("Bộ đội ", "bộ đội "), 0, start) or _HO_S_SOLDIERS.search(text, max(0, end - 4), end + 12):
        return True
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 20):start])
    if before and _place_word(before[-1], text) and not text[:start].rstrip().endswith(("Chủ tịch", "chủ tịch")):
        return True
    after = _WORD.match(text, end + 1) if end + 1 < len(text) and text[end] == " " else None
    return bool(after and _place_after(after.group()))


# A capitalised word after a comma that is a name of its own, not a position ("…, Cheng của xã", "…, Cheng and Ta Lung").
_NAME_NOT_POSITION = re.compile(r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*)?(?:\s+(?:của|và|and|or)\b|\s*[,.;]|\s*$)")


def _position_after(text: str, end: int) -> str:
    """The apposition after a name: ' - Secretary of the Central Military Commission visited' or
    ', Political Commissar of the Vietnam Border Guard;'."""
    rest = text[end:end + 300]
    opener = re.match(r"^\s*(?:-|–|—|,)\s*", rest)
    if not opener:
        return ""
    tail = rest[opener.end():]
    if re.match(r"^\S*[^\x00-\x7f]", tail):
        # Vietnamese positions are written in sentence case ("Chỉ huy trưởng Bộ Chỉ huy..."): keep the clause,
        # up to the verb that follows it ("… cho biết").
        clause = re.match(r"^[^,;.:()\"“”]{2,160}", tail)
        words_in = _VERBS_VI.sub("", clause.group()).split() if clause else []
        return " ".join(words_in) if 0 < len(words_in) <= 14 and words_in[0][0].isupper() else ""
    if _NAME_NOT_POSITION.match(tail):
        return ""  # "thôn Mới, Xa Ry, Cheng của xã …": a list of names goes on, no position
    words = re.finditer(r"[^\s]+", tail)
    kept: list[str] = []
    for word in words:
        token = word.group()
        core = token.rstrip(",;.:")
        if not core or not (core[0].isupper() or core[0].isdigit() or core.casefold() in _CONTINUE):
            break
        kept.append(core)
        if token != core:  # punctuation ends the phrase, unless the next word continues a list of positions
            if token.endswith(",") and re.match(r"^\s*[A-ZĐ]", rest[opener.end() + word.end():]):
                kept[-1] += ","
                continue
            break
    while kept and kept[-1].rstrip(",").casefold() in _CONTINUE:
        kept.pop()
    position = " ".join(kept).rstrip(",")
    return position if position and position[0].isupper() else ""


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda x: (x.start, -(x.end - x.start))):
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return out
