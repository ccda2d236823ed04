"""The national catalogue of provincial bodies (bodies.json): standard names, short forms, validity and groups; and
the names of their own a few provinces give such a body (province_names.json: `Báo Ấp Bắc`, Tiền Giang's newspaper).

It is data, versioned in the file, so a new short form or a reorganization is a data change reviewed like
any other; matching (agencies/matching.py) resolves a catalogue body to the province's own agency of that kind.
"""

import datetime
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from agencies.normalize import modern_tone, search_key

PATH = Path(__file__).with_name("bodies.json")
# The district-level places of each province before 01/7/2025, with diacritics (the General Statistics Office's list).
PLACES_PATH = Path(__file__).with_name("places.json")
# The 34 provinces from 01/7/2025 (Resolution 202/2025/QH15) and the provinces of the 63 each was formed from.
MERGERS_PATH = Path(__file__).with_name("mergers.json")
# The communes, wards and special zones of each of the 34 provinces from 01/7/2025, with diacritics.
COMMUNES_PATH = Path(__file__).with_name("communes.json")
# Names provinces give their own body of a kind where they are not its own_name (`Báo Ấp Bắc`: Tiền Giang's newspaper).
PROVINCE_NAMES = Path(__file__).with_name("province_names.json")


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    kind: str
    is_group: bool = False
    names: tuple = ()  # other full names of the same body
    forms: tuple = ()  # the short forms staff type
    prefixes: tuple = ()  # how the province's own body's name starts, when it carries a place name
    members: dict = field(default_factory=dict, hash=False, compare=False)
    valid_from: datetime.date | None = None
    valid_until: datetime.date | None = None
    successors: tuple = ()
    shares: dict = field(default_factory=dict, hash=False, compare=False)  # successor key -> functions it took
    legal_basis: str = ""
    note: str = ""
    everywhere: bool = True  # False: only some provinces have it
    own_name: str = ""  # the province's own body's name, `{province}` for the province's name: `Báo {province}`
    with_place: bool = False  # named only with `tỉnh` or the province's name after it: `Báo` alone is a word
    zone_named: bool = False  # named after its zone: a prefix and the zone's name (`Ban Quản lý Khu kinh tế Vân Phong`)
    # the names of the zones such boards are named after, as written with diacritics: how a zone written without them
    # is spelled (`Van Phong` → `Vân Phong`), never read as a name
    zones: tuple = ()
    # one per place (`Ủy ban nhân dân huyện Bắc Tân Uyên`): zone_named, and only the province's body of that name is it
    per_place: bool = False
    # the body whose work the forms name, read on the plan's date by `Catalogue.of_day` (`Các địa phương`: the local
    # level of the day)
    means: str = ""
    # the name of a centrally-run city's own body of this kind where it is not the name with `thành phố` for `tỉnh`
    # (`UBND các quận, huyện, thị xã`: a city has quận where a province has thị xã and thành phố)
    city_name: str = ""
    # the short forms a centrally-run city's staff type for its own body of this kind, read only in a city (`CATP` for
    # Công an thành phố, `UBTP`): in a province they name nothing (a provincial city's police is no catalogue body)
    city_forms: tuple = ()
    # province key (`province_key`) -> the names the province's own body of this kind bears, the first its own name
    province_names: dict = field(default_factory=dict, hash=False, compare=False)
    # the key of another body some of the forms name with this one (`also`), and those forms, also in `forms`:
    # `Các sở, ngành, địa phương` is the departments' group and `Các địa phương`
    also: str = ""
    also_forms: tuple = ()

    def successor_named_by(self, text):
        """Of a body split between several, the successor more of whose share of its work (`shares`, a list of
        matters) the text names whole than any other's (`Hỗ trợ doanh nghiệp chuyển đổi số` for Sở Thông tin và
        Truyền thông's: Sở Khoa học và Công nghệ), else None (none named, or two alike). A matter of one word (`in`)
        names too much to count."""
        words = f" {search_key(text)} "
        named = {
            key: sum(f" {matter} " in words for matter in _matters(share) if " " in matter)
            for key, share in self.shares.items()
        }
        most = max(named.values(), default=0)
        chosen = [key for key, count in named.items() if count == most]
        return chosen[0] if most and len(chosen) == 1 else None

    def valid_on(self, day):
        return self.begun_by(day) and not self.ceased_by(day)

    def begun_by(self, day):
        return self.valid_from is None or self.valid_from <= day

    def ceased_by(self, day):
        """True when the body no longer existed on `day` (its last day, valid_until, is before it)."""
        return self.valid_until is not None and self.valid_until < day

    @property
    def full_names(self):
        return (self.name, *self.names)

    def name_in(self, province_name):
        """The name the province's own body of this kind bears: `Báo Long An` for `Báo tỉnh`; a name of its own where
        the province gives it one (`Báo Ấp Bắc` in Tiền Giang); in a centrally-run city, its name there (`city_name`:
        `UBND các quận, huyện, thị xã`), else the name with `thành phố` for `tỉnh` (`Công an thành phố`, `Ủy ban nhân
        dân thành phố Hải Phòng`: `city_spelling`)."""
        own = self.names_in(province_name)
        if own:
            return own[0]
        city = is_city(province_name)
        if city and self.city_name:
            return self.city_name
        name = self.own_name.format(province=province_own_name(province_name)) if self.own_name else self.name
        return city_spelling(name) if city else name

    def names_in(self, province_name):
        """The names of its own the province gives its body of this kind (province_names.json), else ()."""
        return self.province_names.get(province_key(province_name), ())


def province_key(name):
    """A province's name as province_names.json is read: its search key without `Thành phố` (`Hồ Chí Minh`)."""
    key = search_key(name or "")
    return key.removeprefix("thanh pho ")


@functools.cache
def _mergers_file():
    """mergers.json, read once: the 2025 merger of provinces and the centrally-run cities."""
    return json.loads(MERGERS_PATH.read_text(encoding="utf-8"))


@functools.cache
def _cities():
    """The folded names of the centrally-run cities (mergers.json's centrally_run_cities)."""
    return frozenset(search_key(name) for name in _mergers_file()["centrally_run_cities"])


def is_city(province_name):
    """Whether the province is a centrally-run city (thành phố trực thuộc trung ương): named with `Thành phố`
    (`Thành phố Hồ Chí Minh`), or one mergers.json lists (`Hải Phòng`, `Huế`; `Thừa Thiên Huế` was a province)."""
    key = search_key(province_name or "")
    return key.startswith("thanh pho ") or province_key(province_name) in _cities()


# Where a province's body is named with `tỉnh`, a centrally-run city's is named with `thành phố`; its youth union and
# party committee are `Thành đoàn` and `Thành ủy` (`Tỉnh đoàn`, `Tỉnh ủy`).
_CITY_SPELLINGS = (
    (re.compile(r"\bTỉnh (đoàn|ủy|uỷ)\b"), r"Thành \1"),
    (re.compile(r"\btỉnh\b"), "thành phố"),
)


def city_spelling(name):
    """A province's body's name as a centrally-run city's body of that kind bears it (`Công an tỉnh` → `Công an thành
    phố`, `Văn phòng UBND tỉnh Hải Phòng` → `Văn phòng UBND thành phố Hải Phòng`, `Tỉnh đoàn` → `Thành đoàn`)."""
    for pattern, replacement in _CITY_SPELLINGS:
        name = pattern.sub(replacement, name)
    return name


def province_own_name(name):
    """A province's name as written without `Thành phố` (`Hồ Chí Minh`, `Hải Phòng`): the words of it province_key
    reads."""
    key, words = province_key(name), (name or "").split()
    return next((" ".join(words[at:]) for at in range(len(words)) if search_key(" ".join(words[at:])) == key), name)


@dataclass(frozen=True)
class Catalogue:
    version: str
    bodies: tuple
    legal_bases: dict = field(hash=False, compare=False)
    generic_suffixes: tuple = ()  # the endings a name may carry or drop, the locative ones among them
    locative_suffixes: tuple = ()  # the endings that say where (`trên địa bàn`, `tại địa phương`)
    # sets of bodies a province gives one of them the work of all (the boards of its economic and industrial zones)
    one_body_for: tuple = ()

    def legal_number(self, key):
        """The number and symbol of a legal basis (`45/2025/NĐ-CP`), or the key when it has none recorded."""
        return self.legal_bases.get(key, {}).get("number", key)

    def body(self, key):
        return next(body for body in self.bodies if body.key == key)

    def of_day(self, key, day):
        """The body doing `key`'s work on `day`: itself while it is valid, after its valid_until its one successor's
        (`ubnd-cap-huyen` → `ubnd-cap-xa` from 01/7/2025); a body split between several stays itself."""
        body, seen = self.body(key), set()
        while not body.valid_on(day) and len(body.successors) == 1 and body.key not in seen:
            seen.add(body.key)
            body = self.body(body.successors[0])
        return body

    def of_day_among(self, keys, day):
        """Of bodies that bore a name in turn (`Chi cục QLTT`: the Cục Quản lý thị trường until 2025, the Chi cục
        under Sở Công Thương that succeeded it after), the ones bearing it on `day`: a body is left out beside the body
        that succeeded it once it has ceased, and beside the body it succeeded until it begins; all are kept when that
        would leave none."""
        keys = set(keys)
        kept = set(keys)
        for key in keys:
            body = self.body(key)
            after = body.ceased_by(day) and set(body.successors) & keys
            before = not body.begun_by(day) and any(key in self.body(other).successors for other in keys)
            if after or before:
                kept.discard(key)
        return kept or keys

    def in_turn(self, body):
        """The bodies that may bear names in turn with `body`, as `of_day_among` reads them: those that succeeded it
        and those it succeeded (`Chi cục Quản lý thị trường tỉnh` for the Cục Quản lý thị trường, and back)."""
        return [other for other in self.bodies if other.key in body.successors or body.key in other.successors]

    def merged_into(self, keys, day):
        """The body that the bodies `keys` (two or more) had formed by merging by `day`, or None: a body begun by the
        merger (its valid_from) that each of them had become, succeeded by it alone, or is (`bao-tinh` and
        `dai-phat-thanh-va-truyen-hinh` -> `bao-va-phat-thanh-truyen-hinh` from 01/7/2025, read as well where the
        province answers the station's forms by the merged body it holds). Not a body merged into one that goes on
        (`so-ke-hoach-va-dau-tu` into `so-tai-chinh`, which two names still are), nor before the merger."""
        if len(keys) < 2:
            return None
        became = {key: self.body(key) for key in keys}
        successors = {
            body.successors[0] for body in became.values() if body.ceased_by(day) and len(body.successors) == 1
        }
        if len(successors) != 1:
            return None
        merged = self.body(successors.pop())
        if merged.valid_from is None or not merged.valid_on(day):
            return None
        ceased = [key for key, body in became.items() if key != merged.key and body.successors == (merged.key,)]
        return merged if ceased and len(ceased) + (merged.key in keys) == len(keys) else None

    def any_merged_by(self, day):
        """Whether two or more bodies had merged into one by `day` (`merged_into`)."""
        into = {}
        for body in self.bodies:
            if body.ceased_by(day) and len(body.successors) == 1:
                into.setdefault(body.successors[0], set()).add(body.key)
        return any(len(keys) > 1 and self.body(key).valid_on(day) for key, keys in into.items())

    def meant(self, body, day):
        """The body a catalogue entry's names stand for on `day`: the one its `means` names of that day, else itself."""
        return self.of_day(body.means, day) if body.means else body


def _matters(share):
    """The folded matters a share lists (`bưu chính, viễn thông` → `buu chinh`, `vien thong`)."""
    return [" ".join(search_key(matter).split()) for matter in re.split(r"[,;]", share) if matter.strip()]


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _body(row, province_names):
    return Body(
        key=row["key"],
        name=row["name"],
        kind=row["kind"],
        is_group=row.get("group", False),
        names=tuple(row.get("names", ())),
        forms=(*row.get("forms", ()), *row.get("also", {}).get("forms", ())),
        prefixes=tuple(row.get("prefixes", ())),
        members=row.get("members", {}),
        valid_from=_date(row.get("valid_from")),
        valid_until=_date(row.get("valid_until")),
        successors=tuple(row.get("successors", ())),
        shares=row.get("shares", {}),
        legal_basis=row.get("legal_basis", ""),
        note=row.get("note", ""),
        everywhere=row.get("everywhere", True),
        own_name=row.get("own_name", ""),
        with_place=row.get("with_place", False),
        zone_named=row.get("zone_named", False),
        zones=tuple(row.get("zones", ())),
        per_place=row.get("per_place", False),
        means=row.get("means", ""),
        city_name=row.get("city_name", ""),
        city_forms=tuple(row.get("city_forms", ())),
        also=row.get("also", {}).get("body", ""),
        also_forms=tuple(row.get("also", {}).get("forms", ())),
        province_names={
            province_key(province): tuple(names) for province, names in province_names.get(row["key"], {}).items()
        },
    )


@functools.cache
def catalogue():
    data = json.loads(PATH.read_text(encoding="utf-8"))
    province_names = json.loads(PROVINCE_NAMES.read_text(encoding="utf-8"))["bodies"]
    found = Catalogue(
        version=data["version"],
        bodies=tuple(_body(row, province_names) for row in data["bodies"]),
        legal_bases=data["legal_bases"],
        generic_suffixes=(*data.get("locative_suffixes", ()), *data.get("generic_suffixes", ())),
        locative_suffixes=tuple(data.get("locative_suffixes", ())),
        one_body_for=tuple(frozenset(keys) for keys in data.get("one_body_for", ())),
    )
    keys = {body.key for body in found.bodies}
    for body in found.bodies:
        if body.also and body.also not in keys:
            raise ValueError(f"{PATH.name}: {body.key} names another body, {body.also!r}, that the catalogue lacks")
    return found


# How places.json writes each place's kind before its name.
_DISTRICT_KINDS = ("thành phố ", "thị xã ", "huyện ", "quận ")


@functools.cache
def _district_places():
    """folded province name -> folded place name -> the place's spellings with diacritics (`yen bai` -> `nghia lo` ->
    {`Nghĩa Lộ`})."""
    data = json.loads(PLACES_PATH.read_text(encoding="utf-8"))
    provinces = {}
    for province, units in data["provinces"].items():
        places = provinces.setdefault(search_key(province), {})
        for unit in units:
            place = next(unit[len(kind) :] for kind in _DISTRICT_KINDS if unit.startswith(kind))
            places.setdefault(search_key(place), set()).add(place)
    return provinces


def district_place(province_name, place):
    """The one spelling with diacritics of a district-level place of the province (before 01/7/2025) that `place`
    folds to (`Ham Thuan Nam` in Bình Thuận -> `Hàm Thuận Nam`), or "" when the list has none or several."""
    spellings = _district_places().get(province_key(province_name), {}).get(search_key(place), set())
    return next(iter(spellings)) if len(spellings) == 1 else ""


@dataclass(frozen=True)
class ProvinceMerger:
    """A province of the 34 from 01/7/2025 and the provinces of the 63 it was formed from (mergers.json)."""

    province: str
    formed_from: tuple  # its own former self first; only itself when it was left unchanged
    effective: datetime.date
    legal_basis: str  # a key of bodies.json's legal_bases

    @property
    def absorbed(self):
        """The provinces of the 63 merged into it besides its own former self (`Kon Tum` into Quảng Ngãi)."""
        return self.formed_from[1:]


@functools.cache
def province_mergers():
    """The 2025 merger of provinces by Resolution 202/2025/QH15 (mergers.json): a ProvinceMerger per province of the
    34, the one source of which province was formed from which."""
    data = _mergers_file()
    effective = datetime.date.fromisoformat(data["effective"])
    return tuple(
        ProvinceMerger(province, tuple(former), effective, data["legal_basis"])
        for province, former in data["provinces"].items()
    )


@functools.cache
def _mergers():
    """(the day the merger took effect, folded name of a province of the 34 or of the 63 -> the folded names of the
    provinces of the 63 its province of the 34 was formed from)."""
    mergers = province_mergers()
    formed = {}
    for merger in mergers:
        keys = tuple(search_key(name) for name in merger.formed_from)
        formed[search_key(merger.province)] = keys
        for key in keys:
            formed.setdefault(key, keys)
    return mergers[0].effective, formed


# How communes.json writes each unit's kind before its name.
COMMUNE_KINDS = ("xã", "phường", "đặc khu")


@functools.cache
def _communes():
    """folded province name -> (folded kind, folded place name) -> the place's spellings with diacritics (`tuyen
    quang` -> (`phuong`, `minh xuan`) -> {`Minh Xuân`})."""
    data = json.loads(COMMUNES_PATH.read_text(encoding="utf-8"))
    provinces = {}
    for province, units in data["provinces"].items():
        places = provinces.setdefault(search_key(province), {})
        for unit in units:
            kind = next(kind for kind in COMMUNE_KINDS if unit.startswith(f"{kind} "))
            place = unit[len(kind) + 1 :]
            places.setdefault((search_key(kind), search_key(place)), set()).add(place)
    return provinces


@functools.cache
def place_names(province_name):
    """The spellings with diacritics of the province's places: its district-level places before 01/7/2025
    (places.json) and, for a province of the 34, its communes, wards and special zones since (communes.json)."""
    key = province_key(province_name)
    names = set().union(*_district_places().get(key, {}).values(), *_communes().get(key, {}).values())
    return frozenset(names)


# The words of a side a place's name is built with before another place's (`Nam Đông Hà`, `Bắc Tân Uyên`).
_SIDES = ("Bắc", "Nam", "Đông", "Tây")


@functools.cache
def _listed_places():
    """(folded name -> spellings with diacritics of the provinces of the 63 and of the 34 (places.json, mergers.json),
    folded name -> those of every district-level place, commune, ward and special zone the lists give)."""
    provinces, places = {}, {}
    merged = _mergers_file()["provinces"]
    for name in (*json.loads(PLACES_PATH.read_text(encoding="utf-8"))["provinces"], *merged, *sum(merged.values(), [])):
        provinces.setdefault(search_key(name), set()).add(name)
    for units in _district_places().values():
        for key, spellings in units.items():
            places.setdefault(key, set()).update(spellings)
    for units in _communes().values():
        for (_kind, key), spellings in units.items():
            places.setdefault(key, set()).update(spellings)
    # a tone placed the old way in one list and the modern way in another (`Hoà An`, `Hòa An`) is one spelling
    return (
        {key: {modern_tone(name) for name in names} for key, names in provinces.items()},
        {key: {modern_tone(name) for name in names} for key, names in places.items()},
    )


def listed_place(place, province_name=""):
    """The one spelling with diacritics the shipped lists give a place's name written without them (`Tran De` →
    `Trần Đề`): the province's own name and places (place_names) first, else the provinces' names, else every place of
    the lists; a name built from one with a side before it (`Nam Phu Yen` → `Nam Phú Yên`) as that name with the
    side's word. "" for a name the first list that holds it spells several ways (`Phu Yen` of no province: `Phú Yên`,
    the province, or `Phù Yên`, a district of Sơn La) or no list holds."""
    key = search_key(place)
    own = {province_own_name(province_name)} if province_name and key == province_key(province_name) else set()
    if province_name:
        own |= {modern_tone(name) for name in place_names(province_name) if search_key(name) == key}
    provinces, places = _listed_places()
    spellings = own or provinces.get(key) or places.get(key, set())
    if spellings:
        return next(iter(spellings)) if len(spellings) == 1 else ""
    side, _space, rest = key.partition(" ")
    word = next((word for word in _SIDES if search_key(word) == side), "")
    named = listed_place(rest, province_name) if word and rest else ""
    return f"{word} {named}" if named else ""


def merged_place(province_name, place, day, kind=""):
    """On or after the 2025 merger of provinces (mergers.json), the one spelling with diacritics of the place of a
    commune, ward or special zone of the province: among its units of that `kind` (`xã`, `phường`, `đặc khu`, with or
    without diacritics) in communes.json (`Minh Xuan` of a `phuong` in Tuyên Quang -> `Minh Xuân`); for a place that
    list does not give the kind, among the district-level places (places.json) of the provinces the province was
    formed from (`My Tho` in Đồng Tháp -> `Mỹ Tho`, a place of Tiền Giang), a ward numbered after such a place keeping
    its number (`Ha Giang 1` in Tuyên Quang -> `Hà Giang 1`). "" before the merger, for a province not listed, or for
    a place with none or several spellings (`xa Van Lang` in Thái Nguyên: `Văn Lang` or `Văn Lăng`)."""
    effective, formed = _mergers()
    if day is None or day < effective:
        return ""
    key = province_key(province_name)
    spellings = _communes().get(key, {}).get((search_key(kind), search_key(place)), set())
    if spellings:
        return next(iter(spellings)) if len(spellings) == 1 else ""
    named, number = _NUMBERED_PLACE.fullmatch(place.strip()).groups()
    places = _district_places()
    spellings = set().union(*(places.get(former, {}).get(search_key(named), set()) for former in formed.get(key, ())))
    return f"{next(iter(spellings))}{number or ''}" if len(spellings) == 1 else ""


# The kinds of local unit of each level, folded, as a name writes them before the unit's place (`TP` for `thành phố`).
_LEVELS = {
    "district": ("huyen", "thi xa", "thanh pho", "quan"),
    "commune": ("xa", "phuong", "dac khu", "thi tran"),
}
_KIND_WRITTEN = {"tp": "thanh pho"}
# The kinds of local unit as search-key words, the longest first (`thị xã` before `xã`): the one list names and
# matching read a kind of unit by.
LOCAL_UNIT_KINDS = tuple(
    sorted((tuple(kind.split()) for kinds in _LEVELS.values() for kind in kinds), key=len, reverse=True)
)


@functools.cache
def _local_units():
    """folded province name -> (level, `_place_key` of the place) -> {(kind, place)} with diacritics: its
    district-level places before 01/7/2025 (places.json) and, for a province of the 34, its communes, wards and special
    zones (communes.json)."""
    units = {}
    data = json.loads(PLACES_PATH.read_text(encoding="utf-8"))
    for province, written in data["provinces"].items():
        for unit in written:
            kind = next(kind for kind in _DISTRICT_KINDS if unit.startswith(kind))
            key = ("district", _place_key(unit[len(kind) :]))
            units.setdefault(search_key(province), {}).setdefault(key, set()).add((kind.strip(), unit[len(kind) :]))
    data = json.loads(COMMUNES_PATH.read_text(encoding="utf-8"))
    for province, written in data["provinces"].items():
        for unit in written:
            kind = next(kind for kind in COMMUNE_KINDS if unit.startswith(f"{kind} "))
            key = ("commune", _place_key(unit[len(kind) + 1 :]))
            units.setdefault(search_key(province), {}).setdefault(key, set()).add((kind, unit[len(kind) + 1 :]))
    return units


def _place_key(place):
    """A place's name folded and its words run together: `Đakrông` and `Đa Krông` are one place."""
    return search_key(place).replace(" ", "")


def local_unit(province_name, kind, place):
    """The province's local unit of the level of `kind` (`huyện`, `TP`, `xã`, `phường`, with or without diacritics)
    whose place `place` names, as (its kind, its place) with diacritics (`huyện`, `Bảo Lâm`), or None: a district-level
    place of the province or of those it was formed from (places.json, mergers.json), a commune, ward or special zone
    of a province of the 34 (communes.json). The unit of the kind written when there is one, else the one unit of the
    level so named (`xã Cam Đường` is `phường Cam Đường`), its words run together or not (`Đakrông`, `Đa Krông`); None
    for a place of none or of several."""
    kind = search_key(kind)
    kind = _KIND_WRITTEN.get(kind, kind)
    level = next((level for level, kinds in _LEVELS.items() if kind in kinds), None)
    if level is None:
        return None
    key = province_key(province_name)
    provinces = _mergers()[1].get(key, (key,)) if level == "district" else (key,)
    found = set().union(*(_local_units().get(each, {}).get((level, _place_key(place)), set()) for each in provinces))
    same = {unit for unit in found if search_key(unit[0]) == kind}
    found = same or found
    return next(iter(found)) if len(found) == 1 else None


# A place and the number after it of the wards that share an old place's name since 2025 (`Hà Giang 1`, `Hà Giang 2`).
_NUMBERED_PLACE = re.compile(r"(.+?)(\s+\d{1,2})?", re.DOTALL)
