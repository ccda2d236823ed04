"""Split an agency cell into names where the names the portal knows end, not wherever a comma falls.

A cell is cut into pieces at commas, `và` / `&`, line breaks and semicolons; then, from the left, the
longest run of pieces that is a known name (an agency, an alias, a catalogue body or group, a name
written with initials) is taken whole. Only stretches no known name covers are split by punctuation
(`split_agency_names`), so `Sở Lao động - Thương binh và Xã hội`, `Các sở, ban, ngành liên quan` and
`UBND các huyện, TP` stay whole.
"""

import functools
import re

from .catalogue import catalogue, local_unit
from .matching import (
    BULLET,
    COLON_LIST,
    listed_kinds,
    narrows,
    split_agency_names,
    starts_listed_kind,
    starts_name,
)
from .names import (
    COORDINATING,
    LEAD,
    ends_with_role,
    loose_tokens,
    role_named,
    role_of,
    shares_role,
    unit_before_body,
    without_role,
)
from .normalize import search_key

# A name no separator ends is looked for inside a stretch of words this long at most (`_cut_at_name_ends`).
MAX_WORDS = 24
MAX_PIECES = 12  # the longest name staff write runs to about eight pieces (`Sở Văn hóa, Thể thao và Du lịch` is 3)
# `/`, `+` and a spaced dash also sit between two names (`Sở Tài chính/Sở Nội vụ`, `Sở TC - Sở NV`); a run that is
# one known name across them (`Sở Lao động - Thương binh và Xã hội`) is still taken whole.
# `Sở Y tế chủ trì phối hợp với Sở Tư pháp`: the part a body has in the task ends a name where `phối hợp` starts.
# A bullet between names on one line (a flattened list: `STC • Trường Chính trị • Các sở, ngành liên quan`) separates
# them as a line break would.
# A dash unspaced after it before a capitalised kind word starts a name too (`Sở CT-Sở TC`, a flattened list of
# dashed lines `-Sở Y tế -Sở Tư pháp`; `Sở KH-ĐT` stays one name).
_PIECE = re.compile(
    r"(\n|,|/|\s*\+\s*|\s*[•·▪●]\s*|\s+[-–]\s+|"
    r"(?:\s+|(?<=\S))[-–](?=(?-i:Sở|So|UBND|Ban|Công an|Cong an)\s)|\s+(?:và|va|&)\s+|"
    r"(?<=[^\s,])\s+(?=ph[^\W\d_]i\s+h[^\W\d_]p\b))",
    re.IGNORECASE,
)


# `Chủ trì: …`, `Phối hợp: …`, `Cơ quan phối hợp - …`: the part the names after it have in the task.
# Any mark on a vowel (`Phối họp`, `Chù trì`: a wrong or lost mark is common OCR and typing damage).
_ROLE_HEAD = re.compile(
    r"^\s*(?:(?:c[^\W\d_]\s+quan|[đd][^\W\d_]n\s+v[^\W\d_])\s+)?"
    r"(?P<role>ch[^\W\d_]\s+tr[^\W\d_]|ph[^\W\d_]i\s+h[^\W\d_]p)\s*[:\-–]\s*",
    re.IGNORECASE,
)
# `phối hợp với các Sở: Tài chính, Xây dựng`: a list of bodies of a kind after `phối hợp với` is the coordinators' list.
_WITH_LIST = re.compile(
    r"^\s*(?P<role>ph[^\W\d_]i\s+h[^\W\d_]p)\s+(?:v[^\W\d_]i\s+)?(?=c[áa]c\s[^:;\n]*:)",
    re.IGNORECASE,
)
# A role head written inside a line (a CSV export that flattened the line break before it: `Chủ trì: Sở Y tế Phối hợp:
# Sở Tư pháp`, `Sở Công Thương chủ trì, phối hợp với các Sở: Tài chính`) starts afresh where it stands: the space or
# comma before it.
_HEAD_INSIDE = re.compile(
    r"(?<=\S)(?<!quan)(?<!v[iị])[\s,]+(?=(?:(?:c[^\W\d_]\s+quan|[đd][^\W\d_]n\s+v[^\W\d_])\s+)?"
    r"(?:ch[^\W\d_]\s+tr[^\W\d_]|ph[^\W\d_]i\s+h[^\W\d_]p)\s*:|"
    r"ph[^\W\d_]i\s+h[^\W\d_]p\s+(?:v[^\W\d_]i\s+)?c[áa]c\s[^:;\n]*:)",
    re.IGNORECASE,
)
# A name that writes only what follows its kind word after a name of that kind (`Sở KH&ĐT, TC`, `Sở Tài chính,
# Xây dựng`, `UBND huyện Bình Sơn, Sơn Tịnh`, `UBND các huyện Hướng Hóa, Đakrông`) is a name of that kind.
_KIND_HEAD = re.compile(
    r"^(?P<kind>S[oòóỏõọơờớởỡợ]|Ban|H[ộo]i|(?:UBND|[ỦU]y\s+ban\s+nh[âa]n\s+d[âa]n)\s+(?P<plural>c[áa]c\s+)?"
    r"(?:huy[ệe]n|x[ãa]|ph[ưu][ờo]ng|đặc\s+khu|dac\s+khu))\s+",
    re.IGNORECASE,
)


# `Công ty Xăng dầu An Giang và các thương nhân …`: after a name, `và các` starts another (a group written plural).
# Not the zones a management board is named after (`Ban Quản lý Khu kinh tế … và các khu công nghiệp`).
_AND_PLURAL = re.compile(
    r"\s+(?:và|va)\s+(?=(?:các|cac)\s)(?!(?:các|cac)\s+(?:KCN|KKT|CCN|khu|cụm|cum)\b)", re.IGNORECASE
)
# A level of government: `cấp tỉnh`, `cấp xã`.
_LEVEL = re.compile(r"(?:^|\s)cap (?:tinh|huyen|xa|co so|trung uong)$")
# Kinds of body written bare, as a list of kinds (`Sở, cơ quan, ban, ngành`), not names.
_BARE_KIND = re.compile(r"^(?:cac )?(?:so|bo|ban|nganh|co quan|don vi|dia phuong|doan the)(?: lien quan)?$")

# A list numbered on one line: it starts with `1.` / `1)`, and each later `2.`, `3)` … after a space starts an item.
_FIRST_NUMBER = re.compile(r"^\s*1[.)]\s")
_NEXT_NUMBER = re.compile(r"\s+(?=\d{1,2}[.)]\s)")

# How a name is marked as the lead (`_beside_a_lead`): `Sở Y tế (chủ trì)`, `Sở Y tế chủ trì`.
_BRACKETED, _BARE = "bracketed", "bare"

# `…, v.v.`, `…`: the end of a list, no name.
_ETC = {"", "v v", "vv", "v v v", "etc"}

# The words around the bodies a heading (or a cell typed like one) assigns to: `Giao …`, `Đề nghị …`, `Trách nhiệm
# của …` before them; a list of members in brackets that stands for them; their role after a dash or in brackets.
ASSIGN = re.compile(
    r"^(?:(?:Giao|Đề nghị|De nghi|Yêu cầu|Yeu cau|Trách nhiệm của|Trach nhiem cua|Nhiệm vụ của|Nhiem vu cua|"
    r"Nhiệm vụ cụ thể của|Nhiem vu cu the cua)\s+(?:cho\s+)?)",
    re.IGNORECASE,
)
MEMBERS = re.compile(
    r"\((?:bao\s+)?g[ồo]m(?:\s+c[ảa])?\s*:?\s*(?P<list>(?:c[áa]c\s+)?(?:S[ởo]|Ban|UBND|[ỦU]y ban)\b[^)]*)\)",
    re.IGNORECASE,
)
# `Sở Tài chính (cơ quan thường trực)`, `Báo … (cơ quan chủ trì tuyên truyền)`: the body, without its role in brackets
# (a list in brackets, `các doanh nghiệp viễn thông (VNPT, Viettel, …)`, is part of who is meant).
TRAILING_NOTE = re.compile(
    r"\s*\((?:cơ quan|co quan|đơn vị|don vi|bộ phận|bo phan|thường trực|thuong truc|chủ trì|chu tri|đầu mối|dau moi)"
    r"\b[^()]*\)\s*$",
    re.IGNORECASE,
)
ROLE_AFTER_DASH = re.compile(
    r"\s+[-–]\s+(?:cơ quan|co quan|đơn vị|don vi)\s+(?:thường trực|thuong truc|chủ trì|chu tri|đầu mối|dau moi)\b.*$",
    re.IGNORECASE,
)


def assigned_names(phrase):
    """The agencies a heading names: a list in brackets (`Các cơ quan … (gồm các Sở: Xây dựng, Công Thương)`)
    stands for them; a role after a dash (`Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo`) or in brackets is
    dropped."""
    members = MEMBERS.search(phrase)
    if members:
        return members.group("list").strip(" ;,.")
    phrase = ROLE_AFTER_DASH.sub("", phrase).strip(" ,;:")
    return TRAILING_NOTE.sub("", phrase).strip(" ,;:") or phrase


# `Sở Nội vụ (chủ trì, phối hợp với Sở Tư pháp)`: the bracket gives the body's part and names who coordinates with it.
_PARTS_IN_BRACKETS = re.compile(
    r"\s*\((?P<inner>(?:chủ trì|chu tri)\s*[,;:]?\s*(?:phối hợp|phoi hop)\b[^()]*\S[^()]*)\)", re.IGNORECASE
)


def cell_roles(cell, matcher):
    """split_roles of an agency cell. A cell typed as a heading names its bodies (`Đề nghị Ủy ban MTTQ tỉnh`, `Sở Tài
    chính - Cơ quan thường trực Ban Chỉ đạo`, `Các cơ quan tham mưu (gồm các Sở: Xây dựng, Công Thương)`:
    assigned_names); but a part in brackets at the end of a cell naming several bodies is the last one's, not the
    cell's (`Sở TT&TT, Sở Tài chính, Sở KH&CN (chủ trì)`), and is read with that name; and a bracket that gives the
    part and names who coordinates (`Sở Nội vụ (chủ trì, phối hợp với Sở Tư pháp)`) is read as written bare (`Sở Nội
    vụ chủ trì, phối hợp với Sở Tư pháp`). Each name comes without the words giving its part (`Công an tỉnh (phối
    hợp)` → `Công an tỉnh`: names.without_role), the part beside it: a body is matched, listed to create or map, and
    remembered under one name however a cell marks it."""
    text = _PARTS_IN_BRACKETS.sub(lambda found: f" {found['inner']}", ASSIGN.sub("", cell, count=1))
    phrase = assigned_names(text)
    found = split_roles(phrase, matcher)
    note = TRAILING_NOTE.search(text)
    if len(found) > 1 and note and phrase == text[: note.start()].strip(" ,;:"):
        marked = split_roles(text, matcher)
        if marked and marked[-1][1] is not None:
            found = marked
    return [(without_role(name), role) for name, role in found]


def split_known(text, matcher):
    """The names in an agency cell, as written, cut where names `matcher` knows end."""
    return [name for name, _role in split_roles(text, matcher)]


def split_roles(text, matcher):
    """(name, role) for each name of an agency cell: `role` is names.LEAD or names.COORDINATING when the cell says
    so (`Sở Tài chính (chủ trì)`, `Phối hợp: Sở Tư pháp, Sở Y tế`, `…, phối hợp với Sở Xây dựng`), else None.
    A role written before names (`Phối hợp:`) holds for the names after it, across `;` and line breaks, until
    another such head; a name's own mark (`(chủ trì)`) is its own."""
    found, marks, owns, listing, held = [], [], [], "", None
    for part in re.split(r";", text or ""):
        for line in _lines(part, matcher):
            head = _role_head(line)
            if head:
                held = role_named(head["role"])
                line = line[head.end() :]
            line_role = held
            listed = COLON_LIST.match(line)
            members = _named_members(line, matcher)
            if members is not None:
                names, listing = members, ""
            elif listed and starts_listed_kind(listed):
                names, listing = _colon_list(listed, matcher)
            elif listing and not starts_name(line) and matcher.known(listing + line.strip(" .")):
                # `Các sở: Tài chính; Xây dựng; Công Thương`: the list goes on after a semicolon.
                names = _known_runs(line.strip(" ."), matcher, prefix=listing, fallback=_items)
            else:
                names, listing = _known_runs(line, matcher), ""
            for name in names:
                if search_key(name) in _ETC:
                    continue
                own = role_of(name)
                if own is not None and search_key(name).startswith(("chu tri", "phoi hop", "co quan", "don vi")):
                    line_role = own  # `…, phối hợp với Sở Xây dựng và các đơn vị liên quan`
                found.append((name, own or line_role))
                sole = own == LEAD and not shares_role(name)
                marks.append(sole and (_BRACKETED if name.rstrip().endswith(")") else _BARE))
                owns.append(own)
                also = matcher.also_named(name)
                if also:
                    found.append((also, own or line_role))  # `Các sở, ngành, địa phương`: `Các địa phương` too
                    marks.append(False)
                    owns.append(own)
    return _beside_a_lead(_closed_by_their_parts(found, owns), marks)


def _closed_by_their_parts(found, owns):
    """A cell written as lists each closed by its part (`Sở Tư pháp, Sở Y tế (chủ trì); Sở Nội vụ, Sở Xây dựng (phối
    hợp)`), `owns` the part each name itself writes: an unmarked name takes the part of the next name that writes one.
    Read so only when the cell writes both parts and its last name ends with its own (not `…, phối hợp với Công an
    tỉnh`, which heads what follows); otherwise a mark is its name's alone (`_beside_a_lead`)."""
    if not found or not ends_with_role(found[-1][0]) or {LEAD, COORDINATING} - set(owns):
        return found
    closing = [next((own for own in owns[index:] if own is not None), None) for index in range(len(owns))]
    return [(name, role or closing[index]) for index, (name, role) in enumerate(found)]


def _beside_a_lead(found, marks):
    """A cell that marks its lead among bodies it leaves unmarked (`Sở KH&CN (chủ trì), Sở TT&TT, Sở CT`, `Sở Y tế chủ
    trì, Sở Tư pháp`): the unmarked ones coordinate. A mark in brackets is its own name's, so the unmarked names before
    it coordinate as well (`Sở TT&TT, Sở KH&CN (chủ trì)`); a bare `chủ trì` may close a list of bodies that lead
    together (`Sở Tài chính, Sở Nội vụ chủ trì`), so only the names after it do. A shared mark (`đồng chủ trì`) says
    the body leads with others (`Sở Nội vụ, Sở Tài chính (đồng chủ trì)`): it leaves the others as they are."""
    if _BRACKETED in marks:
        start = -1
    elif _BARE in marks:
        start = marks.index(_BARE)
    else:
        return found
    return [
        (name, COORDINATING if role is None and index > start else role) for index, (name, role) in enumerate(found)
    ]


def _role_head(line):
    """The role head a line starts with (`Phối hợp:`, `phối hợp với các Sở: …`), or None."""
    return _ROLE_HEAD.match(line) or _WITH_LIST.match(line)


def _lines(part, matcher):
    """Lines of one `;` part: a bulleted line, one that starts with a part (`Phối hợp: …`) or a list of bodies of a
    kind (`Các Sở: Tài chính, Xây dựng` under `Sở Nội vụ⏎UBND các huyện`: the list is its own, not the names above
    it) starts afresh, and so does a line after one that ends with its body's part (`UBND xã Tân Hòa (chủ trì)⏎BCH
    QS tỉnh (phối hợp)`); a line that cannot start a name continues the one before (a table cell wrapped mid-name),
    unless a name the portal knows ends the line before and another starts it (`Hội Nông dân tỉnh⏎Đài PT-TH tỉnh`);
    other line breaks separate pieces."""
    lines, bulleted = [], False
    written = [piece for line in part.splitlines() for piece in _HEAD_INSIDE.split(line)]
    for line in _numbered_items(written):
        if not line.strip():
            continue
        if lines and not bulleted and _body_of_unit_above(lines[-1], line, matcher):
            lines[-1] = f"{lines[-1]}\n{line.strip()}"
        elif BULLET.match(line) or _role_head(line) or not lines or _lists_bodies(line) or ends_with_role(lines[-1]):
            bulleted = bool(BULLET.match(line))
            lines.append(BULLET.sub("", line).strip())
        elif (
            starts_name(line, loose=True)
            or _known_on_both_sides(lines[-1], line, matcher)
            or matcher.known(line.strip(" .,;")) is not None
        ):
            # a line that is a name the portal or the catalogue knows as a whole (`Các địa phương` under a colon list)
            # stays one
            lines[-1] = f"{lines[-1]}\n{line.strip()}"
        else:
            lines[-1] = f"{lines[-1]} {line.strip()}"
    return [line.strip(" .,") for line in lines if line.strip(" .,")]


_DASH_LINE = re.compile(r"^\s*[-–]\s*\S")


def _body_of_unit_above(above, line, matcher):
    """Whether a line that starts with a dash names the body the unit ending the unbulleted line above comes under
    (`Phòng Quản lý Công nghiệp⏎- Sở Công Thương`: one name, names.unit_before_body), not a bullet of a list."""
    if not _DASH_LINE.match(line):
        return False
    joined = f"{_PIECE.split(above)[-1]}\n{line.strip()}"
    return unit_before_body(joined) is not None and matcher.known(joined) is not None


# A local committee written with its kind of unit (`UBND các huyện …`, `Ủy ban nhân dân xã …`, `UBND TP …`), where a
# cell, a line or a name after a comma, a semicolon or `và` starts.
_UNIT_COMMITTEE = re.compile(
    r"(?:^|(?<=[,;\n])\s*|\s+(?:và|va)\s+)(?P<head>(?:UBND|[ỦU][ỷy]\s+ban\s+nh[âa]n\s+d[âa]n)\s+)(?P<plural>c[áa]c\s+)?"
    r"(?P<kind>huy[ệe]n|th[ịi]\s+x[ãa]|th[àa]nh\s+ph[ốo]|TP\.?|qu[ậa]n|x[ãa]|ph[ưu][ờo]ng|[đd][ặa]c\s+khu|"
    r"th[ịi]\s+tr[ấa]n)\s+(?=\S)",
    re.IGNORECASE,
)
# An item of a list of units that writes its own kind (`…, Bảo Lạc và thành phố Cao Bằng`).
_ITEM_KIND = re.compile(
    r"^(?P<kind>huy[ệe]n|th[ịi]\s+x[ãa]|th[àa]nh\s+ph[ốo]|TP\.?|qu[ậa]n|x[ãa]|ph[ưu][ờo]ng|[đd][ặa]c\s+khu|"
    r"th[ịi]\s+tr[ấa]n)\s+(?=\S)",
    re.IGNORECASE,
)
_ITEM = re.compile(r"\s*(?:,|&|\s(?:và|va)\s)\s*", re.IGNORECASE)


def _named_members(line, matcher):
    """The names of a line that writes a committee of local units followed by the units it means (`UBND các huyện Bảo
    Lâm, Bảo Lạc và Hà Quảng`, `UBND các xã A, B, C`, `UBND các phường X và Y`, `UBND huyện A, B`): the committee of
    each unit named, written `UBND huyện Bảo Lạc`, never the group of all of them narrowed by their names. Read only
    when the first name after the kind is a unit of its level of the province (`catalogue.local_unit`: a district
    before 01/7/2025, a commune, ward or special zone of the 34 provinces), and the group is written plural or lists
    two units or more; the list goes on while each item is such a unit, or one followed by what narrows its part
    (`Hà Quảng nơi có dự án`); an item that is no unit and starts no name is left for a person as written, and the
    names before and after the list are read as any others. None when the line holds no such list."""
    province = matcher.province.name if matcher.province else ""
    for head in _UNIT_COMMITTEE.finditer(line) if province else ():
        items = _ITEM.split(line[head.end() :])
        members, units, rest = [], 0, []
        for index, item in enumerate(items):
            unit = _unit_item(item, head["kind"], province)
            if unit is None and index and (starts_name(item, loose=True) or matcher.known(item)):
                rest = items[index:]
                break
            if unit is None and not index:
                break
            units += unit is not None
            # an item that is no unit of the province is a committee the province holds so named, else left for a
            # person as written
            members.append(_unit_committee(head, unit, matcher) if unit else _held_or_written(head, item, matcher))
        if not units or not (head["plural"] or units > 1):
            continue
        before = line[: head.start()].strip(" ,;\n")
        after = line[head.end() :]
        after = after[after.find(rest[0]) :] if rest else ""
        found = _known_runs(before, matcher) if before else []
        return found + members + (_known_runs(after, matcher) if after.strip(" .,") else [])
    return None


def _held_or_written(head, item, matcher):
    """An item of a list of units that is no unit of the province: the committee of that name when the province holds
    it (`UBND huyện …` under a spelling the lists lack), else the item as written, for a person."""
    item = item.strip(" .")
    named = f"{head['head']}{head['kind']} {item}"
    held = matcher.known(named)
    return named if held is not None and held.agency is not None else item


def _unit_committee(head, unit, matcher):
    """The name of a unit's committee in a list (`UBND huyện Bảo Lạc`): with the kind written, unless the province
    holds no committee so named and the unit is of another kind of that level (`UBND xã Minh Xuân` of a ward is `UBND
    phường Minh Xuân`; a province holding `UBND huyện Đức Phổ` keeps it, though Đức Phổ is a town since 2020)."""
    written, own, item = unit
    named = f"{head['head']}{written} {item}"
    if search_key(written) == search_key(own):
        return named
    held = matcher.known(named)
    return named if held is not None and held.agency is not None else f"{head['head']}{own} {item}"


def _unit_item(item, kind, province):
    """(the kind written, the unit's own kind, the item) of an item of a list of local units that names a unit of the
    province of the level of `kind` (its own kind written before it, or `kind`), maybe followed by what narrows its
    part in the task; else None."""
    item = item.strip(" .")
    own = _ITEM_KIND.match(item)
    if own:
        kind, item = own["kind"], item[own.end() :]
    words = item.split()
    for size in range(len(words), 0, -1):
        place = " ".join(words[:size]).rstrip(" ,")
        unit = local_unit(province, kind, re.sub(r"\s*\(.*$", "", place))
        rest = " ".join(words[size:])
        if unit is not None and (not rest or rest.startswith("(") or narrows(rest)):
            same = search_key(kind) == search_key(unit[0]) or (search_key(kind) == "tp" and unit[0] == "thành phố")
            return kind, kind if same else unit[0], item
    return None


def _lists_bodies(line):
    """Whether a line is a list of bodies of one kind (`Các Sở: Tài chính, Xây dựng`, `UBND các huyện: A, B`)."""
    listed = COLON_LIST.match(line.strip())
    return listed is not None and starts_listed_kind(listed)


def _known_on_both_sides(before, line, matcher):
    """Whether a known name ends the text before a line break and another starts the line after it: the break cuts."""
    before = _PIECE.split(before.rsplit("\n", 1)[-1])
    after = _PIECE.split(line.strip())
    starts = range(max(len(before) - 2 * MAX_PIECES, 0), len(before), 2)
    ends = range(1, min(len(after), 2 * MAX_PIECES - 1) + 1, 2)
    return any(matcher.known("".join(before[start:]).strip(" .,")) for start in starts) and any(
        matcher.known("".join(after[:end]).strip(" .,")) for end in ends
    )


def _numbered_items(lines):
    """A numbered list typed on one line (`1. Sở LĐTBXH 2. Hội LHPN tỉnh`) is one line per item, each numbered."""
    for line in lines:
        if _FIRST_NUMBER.match(line):
            yield from _NEXT_NUMBER.split(line)
        else:
            yield line


def _known_runs(line, matcher, prefix="", fallback=split_agency_names):
    parts = _PIECE.split(line)
    pieces, separators = parts[0::2], [re.sub(r"\s+", " ", sep) for sep in parts[1::2]]
    if len(pieces) > 1 and all(_BARE_KIND.match(search_key(piece)) for piece in pieces):
        # `Sở, cơ quan, ban, ngành`: kinds of body listed, one group (`các` written again starts another group:
        # `các sở, ban, ngành và các địa phương`)
        if not any(search_key(piece).startswith("cac ") for piece in pieces[1:]):
            return [prefix + line.strip(" .,")]
    index = 0
    while index < len(pieces) - 1:
        if _continues(pieces[index], separators[index], pieces[index + 1], matcher, prefix):
            pieces[index : index + 2] = [pieces[index] + separators.pop(index) + pieces[index + 1]]
        else:
            index += 1
    if not prefix:
        _cut_after_known_names(pieces, separators, matcher)

    def run(start, end):
        text = pieces[start]
        for index in range(start + 1, end):
            text += separators[index - 1] + pieces[index]
        return text.strip(" .,")

    def known_end(start):
        """The end of the longest known run from `start`, or None. A group written with `các` ends before `các`
        written again (`các sở, các ban, ngành tỉnh`: two groups)."""
        plural = search_key(pieces[start]).startswith("cac ")
        for end in range(min(len(pieces), start + MAX_PIECES), start, -1):
            if plural and any(search_key(piece).startswith("cac ") for piece in pieces[start + 1 : end]):
                continue
            candidate = run(start, end)
            found = matcher.known(prefix + candidate) if candidate else None
            if found is not None and _is_group(found):
                return groups_end(start, end)
            if found is not None:
                # Every item of a colon list is a name of its kind: an item that is only the province's name
                # (`UBND các huyện, thành phố: Bình Sơn, Quảng Ngãi`) does not end the item before it.
                while prefix and end - start > 1 and matcher.tails.only(loose_tokens(pieces[end - 1])):
                    if not matcher.known(prefix + run(start, end - 1)):
                        break
                    end -= 1
                return end
        return None

    def groups_end(start, end):
        """Two groups each written with `các` are two even when the catalogue has a form for both together: `các
        sở, ban, ngành và các địa phương` (a group and a body, `MTTQ và các đoàn thể`, is the form it is)."""
        for cut in range(start + 1, end):
            if search_key(pieces[cut]).startswith(("cac ", "cap ")):
                before, after = matcher.known(prefix + run(start, cut)), matcher.known(prefix + run(cut, end))
                if before is not None and after is not None and _is_group(before) and _is_group(after):
                    return cut
        return end

    def inherited_end(start):
        """The end of the longest run from `start` that is a known name with the kind word of the name before it."""
        kind = _KIND_HEAD.match(names[-1]) if names and not prefix else None
        if kind is None or starts_name(pieces[start]) or not _is_body(matcher.known(names[-1])):
            return None, ""
        head = kind.group(0)
        if kind["plural"]:
            head = head[: kind.start("plural")] + head[kind.end("plural") :]
        for end in range(min(len(pieces), start + MAX_PIECES), start, -1):
            candidate = run(start, end)
            written = head + candidate
            found = candidate and matcher.known(written)
            if found and not _is_group(found) and not _KIND_HEAD.match(candidate):
                return end, written
        return None, ""

    def group_goes_on(start, end):
        """Whether the piece at `end` goes on with the group's own words before what narrows it: `TP` in `UBND các
        huyện, TP nơi có dự án`."""
        found = matcher.match(prefix + run(start, end + 1))
        piece, qualifier = search_key(pieces[end]), search_key(found.qualifier)
        # what narrows the group starts inside the piece, after the group's words: a piece that starts with it is a
        # name of its own (`các sở, ngành, Sở Nội vụ (chủ trì)`), and so is one it starts before (`các sở, ban, ngành
        # tỉnh, Sở Công Thương (phối hợp)`, read as narrowed by `tỉnh, Sở Công Thương`)
        return (
            bool(qualifier)
            and _is_group(found)
            and qualifier in piece
            and len(qualifier) < len(piece)
            and not piece.startswith(qualifier)
        )

    names, start = [], 0
    while start < len(pieces):
        end, written = inherited_end(start)
        bare = known_end(start)
        if end is not None and (bare is None or bare <= end) and not _is_agency(matcher.known(run(start, end))):
            names.append(written)
            start = end
            continue
        end = bare
        if end is not None:
            group = _is_group(matcher.known(prefix + run(start, end)))
            if group or (end < len(pieces) and separators[end - 1] != " " and narrows(pieces[end])):
                # What follows a group up to the next name narrows it: `UBND các huyện, thành phố nơi …`; so does what
                # follows one body after a comma or line break when a word that narrows starts it (`Sở Xây dựng, đối
                # với các dự án nhóm B`).
                while end < len(pieces) and (
                    (known_end(end) is None and not starts_name(pieces[end], loose=True))
                    or (group and group_goes_on(start, end))
                ):
                    end += 1
            names.append(prefix + run(start, end))
            start = end
            continue
        stop = start + 1
        while stop < len(pieces) and known_end(stop) is None:
            stop += 1
        unknown = run(start, stop)
        for part in _AND_PLURAL.split(unknown) if starts_name(unknown) else [unknown]:
            for name in fallback(part):
                names.extend(prefix + cut for cut in (_cut_at_name_ends(name, matcher) if not prefix else [name]))
        start = stop
    return [name for name in names if name.strip(" .,")]


# A space the words after which start a name (`_cut_after_known_names`).
_SPACE = re.compile(r"\s+(?=\S)")


def _cut_after_known_names(pieces, separators, matcher):
    """A line break an export flattened into a space after a known name, inside a stretch a known name covers in
    part (`UBND các xã, phường Sở Nội vụ`, `BQL Khu kinh tế tỉnh Văn phòng UBND tỉnh`): the piece is cut, in place,
    at a space where the text before it is a known name as a whole (from this piece or an earlier one), the words after
    it start a name that is known (`starts_name`), and no known name runs across the space; so the next name is never
    read as the first one's qualifier or place, and a known name (`Văn phòng UBND tỉnh`, `Ban Quản lý Khu kinh tế
    tỉnh`, `Các đơn vị trực thuộc Sở Y tế`) is never cut."""
    index = 0
    while index < len(pieces):
        cut = _known_name_end(pieces, separators, index, matcher)
        if cut is not None:
            pieces[index : index + 1] = [pieces[index][: cut.start()], pieces[index][cut.end() :]]
            separators.insert(index, " ")
        index += 1


def _known_name_end(pieces, separators, index, matcher):
    """The first space of `pieces[index]` at which `_cut_after_known_names` cuts, or None."""
    piece = pieces[index]
    if len(piece.split()) > MAX_WORDS:
        return None
    first = max(index - MAX_PIECES + 1, 0)

    def joined(start, end, text=""):
        """The pieces start..end-1 as written, then `text` after them."""
        written = "".join(pieces[at] + separators[at] for at in range(start, end)) + text
        return written.strip(" .,")

    for space in _SPACE.finditer(piece):
        before, after = piece[: space.start()].strip(), piece[space.end() :].rstrip()
        if not before or not starts_name(after, loose=True):
            continue
        if all(matcher.known(joined(start, index, before)) is None for start in range(first, index + 1)):
            continue
        # the name after the space: up to a later space before a name's start, or to the piece's end and on over the
        # pieces after it
        words = after.split()
        ends = [" ".join(words[:size]) for size in range(1, len(words)) if starts_name(" ".join(words[size:]), True)]
        ends += [
            after + "".join(separators[at] + pieces[at + 1] for at in range(index, end))
            for end in range(index, min(len(pieces) - 1, index + MAX_PIECES) + 1)
        ]
        ends = [end for end in ends if matcher.known(end.strip(" .,")) is not None]
        # across the space: the name before with the known name after (`BQL Khu kinh tế tỉnh Văn phòng`, a zone named
        # by the start of the next name, is no reading of it)
        across = (joined(start, index, f"{before} {end}") for start in range(first, index + 1) for end in ends)
        if ends and all(matcher.known(text) is None for text in across):
            return space
    return None


def _cut_at_name_ends(name, matcher):
    """Known names written one after another with only a space between (a line break an export flattened: `Sở Tài
    chính Sở Tư pháp`, `Sở Công Thương BQL các KCN tỉnh`): cut where a known name ends and another starts, the longest
    first; a name is cut only into names that are all known, so nothing after a name that is no name of its own (its
    place, `Ban Quản lý Khu kinh tế tỉnh Gia Lai`) is cut off, and a name that is no run of known names stays whole."""
    words = name.split()
    if len(words) > MAX_WORDS:
        return [name]
    return _known_names(tuple(words), matcher) or [name]


def _known_names(words, matcher):
    """The words as a run of known names, each but the first starting as a name starts, the longest first; or None."""
    if matcher.known(" ".join(words)) is not None:
        return [" ".join(words)]
    for cut in range(len(words) - 1, 0, -1):
        rest = " ".join(words[cut:])
        if not starts_name(rest, loose=True) or matcher.known(" ".join(words[:cut])) is None:
            continue
        after = _known_names(words[cut:], matcher)
        if after:
            return [" ".join(words[:cut]), *after]
    return None


def _continues(piece, separator, following, matcher, prefix):
    """Whether the separator between two pieces sits inside one name: nothing inside parentheses separates names
    (`Sở Y tế (Chi cục An toàn thực phẩm, Trung tâm Y tế)`); a level after a name's level is the same body at
    another level (`Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã`); a spaced dash after words that are no name
    of their own, before words that start none (`Tập đoàn Công nghiệp - Viễn thông Quân đội`)."""
    if piece.count("(") > piece.count(")"):
        return True
    if separator == "," and _LEVEL.search(search_key(piece)) and _LEVEL.fullmatch(search_key(following)):
        return matcher.known(prefix + piece.strip(" .,")) is None
    if separator == "," and following.strip()[:1].islower() and _inside_a_name(f"{piece}, {following.strip()}"):
        return True  # `Ban Quản lý Khu kinh tế, công nghiệp thành phố Huế`: a comma the name's own start holds
    return (
        separator.strip() in ("-", "–")
        and not starts_name(following, loose=True)
        and matcher.known(prefix + piece.strip(" .,")) is None
    )


@functools.cache
def _comma_prefixes():
    """The catalogue's name starts that hold a comma (`Ban Quản lý các Khu kinh tế, khu công nghiệp`), folded."""
    return tuple(
        search_key(text)
        for body in catalogue().bodies
        if not body.is_group
        for text in (*body.names, *body.prefixes)
        if "," in text
    )


def _inside_a_name(text):
    """Whether text starts with a catalogue name start that holds a comma, its last word whole."""
    key = search_key(text)
    return any(key == start or key.startswith(start + " ") for start in _comma_prefixes())


def _is_agency(found):
    return found is not None and found.agency is not None and not found.agency.is_group


def _is_group(found):
    if found.agency is not None:
        return found.agency.is_group
    return any(body.is_group for body in found.proposals) or any(agency.is_group for agency in found.candidates)


def _colon_list(listed, matcher):
    """`các Sở: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội` → each item as a whole `Sở …` name."""
    head, kind = listed["head"], listed["kind"]
    before = []
    separate = re.match(r"^(?P<names>.*)(?:,|\s(?:và|va)\s)\s*(?P<head>[^,]*)$", head, re.IGNORECASE)
    if separate and head.strip():
        # `Các Bộ, cơ quan liên quan và các Tập đoàn: …`: the names before `và` are names of their own; so are the
        # names before the last item when that item is the group listed (`Sở Y tế, BQL KKT, UBND các huyện: A, B`)
        before = _known_runs(separate["names"], matcher) if separate["names"].strip() else []
        head = separate["head"].lstrip()
    if not head.strip():
        kind = kind[:1].upper() + kind[1:]
    items, after = listed["items"].strip(" ."), ""
    parts = _PIECE.split(items)
    for index in range(2, len(parts), 2):
        if starts_name(parts[index]) or ("\n" in parts[index - 1] and matcher.known(parts[index]) is not None):
            # `các Sở: Tài chính, Xây dựng và các đơn vị liên quan`: the list ends where a name starts on its own, or
            # where a line is a name the portal knows (`các Sở: Nội vụ, Giáo dục và Đào tạo⏎Các địa phương`).
            items, after = "".join(parts[: index - 1]), "".join(parts[index:])
            break
    named = _known_runs(items, matcher, prefix=f"{head}{kind} ", fallback=_items)
    # `Các Sở, ngành: …`, `UBND các huyện, thị xã: …`: an item no name of the first kind covers takes the kind word
    # before the colon that makes it a name the portal knows.
    others = [f"{head}{other} " for other in listed_kinds(listed)[1:]]
    named = [_other_kind(name, f"{head}{kind} ", others, matcher) for name in named]
    return before + named + (_known_runs(after, matcher) if after.strip() else []), f"{head}{kind} "


def _other_kind(name, prefix, others, matcher):
    """Each item of a colon list is one body: the first kind word that makes it one, else the name as it is."""
    if not others or _is_body(matcher.known(name)):
        return name
    item = name[len(prefix) :]
    return next((other + item for other in others if _is_body(matcher.known(other + item))), name)


def _is_body(found):
    return found is not None and not _is_group(found)


def _items(text):
    """Items of a colon list no known name covers: every comma and `và` separates two."""
    return [item.strip(" .") for item in re.split(r",|\s+(?:và|va)\s+", text, flags=re.IGNORECASE)]
