"""Bytes to text: BOMs, declared-vs-actual mismatches, legacy encodings, repair, cleaning."""

import codecs
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclaims.decoding import (
    clean_text,
    declared_encoding,
    decode_bytes,
    has_invalid_chars,
    repair_mojibake,
    replace_invalid_chars,
)
from newsclaims.errors import DecodeError

RUSSIAN = ("Министр финансов заявил журналистам, что бюджет на следующий год будет "
           "сбалансированным, а инфляция «останется под контролем». Оппозиция назвала "
           "эти обещания нереалистичными и потребовала отставки правительства.")
FRENCH = ("Le ministre a déclaré mercredi que « la réforme sera appliquée » malgré les "
          "grèves. Les syndicats prévoient une nouvelle journée d'action à Marseille.")
ENGLISH = ("The minister said on Tuesday that the plan was “fully funded” — a claim the "
           "opposition called “fantasy”. Officials declined to comment further.")
JAPANESE = ("東京都知事は記者会見で、新しい経済対策を発表した。知事は「景気は回復している」"
            "と述べたが、野党は財源が不明確だと批判している。")
CHINESE = ("国家统计局周三公布的数据显示，第三季度经济增长超过预期。发言人表示："
           "“我们对全年目标充满信心。”但分析人士认为，下行压力仍然存在。")
GREEK = "Ο πρωθυπουργός δήλωσε ότι «η οικονομία ανακάμπτει» και ότι οι μισθοί θα αυξηθούν."
POLISH = "Prezydent powiedział, że gospodarka rośnie szybciej, niż zakładano. Żółć."


def _html(body: str, charset: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>t</title></head>'
            f"<body><p>{body}</p></body></html>")


def _xml(body: str, encoding: str) -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
            f"<item><title>{body}</title></item></channel></rss>")


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_bom_wins_and_is_stripped(bom: bytes, codec: str) -> None:
    data = bom + _html(RUSSIAN, "windows-1252").encode(codec)
    text, encoding = decode_bytes(data)
    assert encoding == codec
    assert text == _html(RUSSIAN, "windows-1252")


def test_truncated_after_bom_keeps_the_rest() -> None:
    data = codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le")[:-1]
    text, encoding = decode_bytes(data)
    assert encoding == "utf-16-le"
    assert text.startswith(ENGLISH[:-1])


def test_bom_followed_by_garbage_is_a_decode_error() -> None:
    data = codecs.BOM_UTF8 + b"ok \xff\xfe\xfd " + b"more text " * 10
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, location="x.txt")
    assert info.value.source == "x.txt"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_bom(codec: str) -> None:
    text, encoding = decode_bytes((ENGLISH + " " + FRENCH).encode(codec))
    assert encoding == codec
    assert text == ENGLISH + " " + FRENCH


def test_meta_says_utf8_but_bytes_are_windows_1251() -> None:
    text, encoding = decode_bytes(_html(RUSSIAN, "utf-8").encode("cp1251"))
    assert encoding == "cp1251"
    assert RUSSIAN in text


def test_xml_prolog_says_utf8_but_bytes_are_windows_1251() -> None:
    text, encoding = decode_bytes(_xml(RUSSIAN, "UTF-8").encode("cp1251"))
    assert encoding == "cp1251"
    assert RUSSIAN in text


def test_meta_says_legacy_but_bytes_are_utf8() -> None:
    for charset in ("windows-1251", "iso-8859-1", "shift_jis"):
        text, encoding = decode_bytes(_html(RUSSIAN + JAPANESE, charset).encode("utf-8"))
        assert encoding == "utf-8"
        assert RUSSIAN + JAPANESE in text


def test_xml_prolog_says_latin1_but_bytes_are_utf8() -> None:
    text, _ = decode_bytes(_xml(FRENCH, "ISO-8859-1").encode("utf-8"))
    assert FRENCH in text


@pytest.mark.parametrize("charset, codec, body", [
    ("iso-8859-2", "iso-8859-2", POLISH),
    ("ISO-8859-7", "iso-8859-7", GREEK),
    ("windows-1251", "cp1251", RUSSIAN),
    ("koi8-r", "koi8-r", RUSSIAN.replace("«", "\"").replace("»", "\"")),
    ("Shift_JIS", "shift_jis", JAPANESE),
    ("gb2312", "gb2312", CHINESE),
    ("GB18030", "gb18030", CHINESE),
])
def test_declared_legacy_encoding_is_used(charset: str, codec: str, body: str) -> None:
    text, _ = decode_bytes(_html(body, charset).encode(codec))
    assert body in text


def test_latin1_label_is_read_as_windows_1252() -> None:
    data = _html("He said “no” — twice.", "iso-8859-1").encode("cp1252")
    text, encoding = decode_bytes(data)
    assert encoding == "cp1252"
    assert "He said “no” — twice." in text


@pytest.mark.parametrize("body, codec", [
    (RUSSIAN, "cp1251"), (FRENCH, "cp1252"), (ENGLISH, "cp1252"),
    (JAPANESE * 2, "shift_jis"), (CHINESE * 2, "gb18030"),
])
def test_undeclared_legacy_encoding_is_detected(body: str, codec: str) -> None:
    text, _ = decode_bytes(body.encode(codec))
    assert text == body


def test_wide_declaration_in_ascii_bytes_is_ignored() -> None:
    assert declared_encoding(b'<meta charset="utf-16">') == "utf-8"
    assert declared_encoding(b'<?xml version="1.0" encoding="no-such-codec"?>') is None
    assert declared_encoding(b"<p>no declaration</p>") is None


def test_mojibake_is_repaired() -> None:
    pytest.importorskip("ftfy")
    original = "The mayor’s office said “no comment” – café owners disagreed."
    in_cp1252 = "The mayor’s office said “no comment“ – café owners disagreed."
    double = in_cp1252.encode("utf-8").decode("cp1252").encode("utf-8")
    assert decode_bytes(double)[0] == in_cp1252
    via_latin1 = original.encode("utf-8").decode("latin-1").encode("utf-8")
    assert decode_bytes(via_latin1)[0] == original
    assert repair_mojibake("Ð¼Ð¸Ñ€ Ð¸ Ð²Ð¾Ð¹Ð½Ð°") == "мир и война"


@pytest.mark.parametrize("text", [
    "Crème brûlée at Café Zoë, naïve façade",
    "Москва — столица России",
    "ÀÉÎÕÜ are capital letters",
])
def test_plausible_text_is_not_repaired(text: str) -> None:
    pytest.importorskip("ftfy")
    assert repair_mojibake(text) == text


def test_controls_nuls_and_surrogates_are_cleaned() -> None:
    data = "Title\x00 with NUL\x07 bell\x1b esc\tTab\r\nLine \x93quote\x94".encode(
        "utf-8", "surrogatepass")
    text, _ = decode_bytes(data)
    assert text == "Title with NUL bell esc\tTab\r\nLine “quote”"
    assert clean_text("lone \ud800 high \udfff low \ufffe") == "lone \ufffd high \ufffd low \ufffd"


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 20,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4000),
    b"\x00" * 100,
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" * 50,
])
def test_binary_is_a_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, location="file.html")
    assert "binary" in str(info.value)
    assert str(info.value).startswith("file.html: ")


def test_empty_and_whitespace() -> None:
    assert decode_bytes(b"") == ("", "utf-8")
    assert decode_bytes(b" \n\t ")[0] == " \n\t "


def test_large_legacy_input_decodes_quickly() -> None:
    import time

    data = (RUSSIAN + "\n").encode("cp1251") * 20_000  # ~4 MB
    start = time.process_time()
    text, encoding = decode_bytes(data)
    assert time.process_time() - start < 5.0
    assert encoding == "cp1251" and text.startswith(RUSSIAN)


def _valid(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return not has_invalid_chars(text)


@given(st.binary(max_size=2000))
def test_any_bytes_decode_to_valid_text_or_decode_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except DecodeError:
        return
    assert _valid(text)
    codecs.lookup(encoding)


@given(st.text(max_size=500), st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig"]))
def test_unicode_round_trips_through_bom_encodings(text: str, codec: str) -> None:
    cleaned = clean_text(text)
    data = cleaned.encode(codec)
    if codec == "utf-8" and not data.isascii():
        return  # no BOM: detection may read a short text otherwise
    assert decode_bytes(data)[0] == clean_text(repair_mojibake(cleaned))


@given(st.text())
def test_clean_text_is_valid_and_idempotent(text: str) -> None:
    once = clean_text(text)
    assert _valid(once)
    assert clean_text(once) == once


@given(st.text())
def test_replace_invalid_chars_keeps_length_and_offsets(text: str) -> None:
    replaced = replace_invalid_chars(text)
    assert len(replaced) == len(text)
    assert _valid(replaced)
    for original, new in zip(text, replaced, strict=True):
        assert new == original or has_invalid_chars(original)
