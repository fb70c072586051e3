"""English and French furniture on the same passes, read from the `en` and `fr` packs.

Every line here is synthetic: written for these tests in the layouts of English and French
news pages (wire copy, British and French papers), about invented events.
"""

from __future__ import annotations

import pytest

import cleannews
from cleannews.claims import Role
from tests.passes.helpers import lines, run_pass

EN_BODY = "The council voted on Tuesday to close the old harbour bridge to heavy trucks."
EN_BODY2 = "Engineers said the structure needed repairs that would take at least two years."
FR_BODY = "Le conseil municipal a voté mardi la fermeture du vieux pont aux poids lourds."
FR_BODY2 = "Les ingénieurs estiment que les travaux dureront au moins deux ans."


def _caption(line: str, body: str, body2: str) -> tuple[str, str | None] | None:
    found = run_pass("extract_inline_captions", lines(body, line, body2))
    claim = found.get(2)
    if claim is None or claim.role is not Role.CAPTION:
        return None
    return claim.value.caption, claim.value.credit


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "A tug pushes barges past the harbour bridge, May 2, 2025. (AP Photo/Jane Roe)",
            ("A tug pushes barges past the harbour bridge, May 2, 2025.", "AP Photo/Jane Roe"),
        ),
        (
            "Trucks queue at the bridge before dawn [Omar Saleh/AFP]",
            ("Trucks queue at the bridge before dawn", "Omar Saleh/AFP"),
        ),
        (
            "Residents walk across the bridge on Monday. Photograph: Ann Lee/Reuters",
            ("Residents walk across the bridge on Monday.", "Ann Lee/Reuters"),
        ),
        (
            "The bridge at night, March 3, 2025. REUTERS/Ann Lee",
            ("The bridge at night, March 3, 2025.", "REUTERS/Ann Lee"),
        ),
        (
            "A cyclist crosses the bridge. (photo credit: ANN LEE/REUTERS)",
            ("A cyclist crosses the bridge.", "ANN LEE/REUTERS"),
        ),
        (
            "Workers inspect a cable on the bridge © Harbour Authority",
            ("Workers inspect a cable on the bridge", "Harbour Authority"),
        ),
    ],
)
def test_english_credit_shapes(line: str, expected: tuple[str, str]) -> None:
    assert _caption(line, EN_BODY, EN_BODY2) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Le pont, vu depuis le quai, le 3 mars 2025. AFP - JEAN MARTIN",
            ("Le pont, vu depuis le quai, le 3 mars 2025.", "AFP - JEAN MARTIN"),
        ),
        (
            "Le pont de nuit, le 3 mars 2025. | VILLE-INFO",
            ("Le pont de nuit, le 3 mars 2025.", "VILLE-INFO"),
        ),
        (
            "Des camions attendent devant le pont. Crédit photo : Paul Roux / AFP",
            ("Des camions attendent devant le pont.", "Paul Roux / AFP"),
        ),
    ],
)
def test_french_credit_shapes(line: str, expected: tuple[str, str]) -> None:
    assert _caption(line, FR_BODY, FR_BODY2) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the decision was final (Reuters).",  # a sentence citing an agency
        "Officials met on Monday (left to right: the mayor and two engineers).",
        "Traffic will move to the new route. Drivers are asked to plan ahead.",
    ],
)
def test_english_lines_that_are_not_captions(line: str) -> None:
    assert _caption(line, EN_BODY, EN_BODY2) is None


BODIES = {"en": (EN_BODY, EN_BODY2), "fr": (FR_BODY, FR_BODY2)}


@pytest.mark.parametrize(
    ("language", "line", "reason"),
    [
        ("en", "Reporting by Ann Lee; Editing by Tom Hart", "agency_sign_off"),
        ("en", "Sam Ortiz in Boston contributed to this report.", "agency_sign_off"),
        ("en", "Subscribe to continue reading", "paywall_prompt"),
        ("en", "Sign up for our morning newsletter", "newsletter_prompt"),
        ("en", "Your browser does not support the video tag.", "player_notice"),
        ("fr", "Abonnez-vous pour lire la suite", "paywall_prompt"),
        ("fr", "Article réservé aux abonnés", "paywall_prompt"),
        ("fr", "Je m'inscris", "newsletter_prompt"),
    ],
)
def test_furniture_written_as_sentences(language: str, line: str, reason: str) -> None:
    body, body2 = BODIES[language]
    found = run_pass("remove_furniture_sentences", lines(body, line, body2))
    assert {n: c.reason for n, c in found.items()} == {2: reason}


def test_sign_off_naming_an_agency_gives_the_source() -> None:
    found = run_pass("remove_furniture_sentences", lines(FR_BODY, "Avec AFP", FR_BODY2))
    assert (found[2].role, found[2].value) == (Role.SOURCE, "AFP")


def test_body_sentences_are_not_furniture() -> None:
    text = lines(EN_BODY, "The editors said they would subscribe to the new rules.", EN_BODY2)
    assert run_pass("remove_furniture_sentences", text) == {}


@pytest.mark.parametrize(
    ("language", "bar"),
    [
        ("en", "Share on WhatsApp"),
        ("en", "Facebook Twitter LinkedIn Email"),
        ("en", "FacebookTwitterLinkedInEmail"),
        ("fr", "Partagez sur twitter (nouvel onglet)"),
    ],
)
def test_share_bars(language: str, bar: str) -> None:
    body, body2 = BODIES[language]
    found = run_pass("remove_widgets", lines(body, bar, body2))
    assert {n: c.reason for n, c in found.items()} == {2: "share_bar"}


def test_a_sentence_naming_a_network_is_not_a_share_bar() -> None:
    text = lines(EN_BODY, "Facebook said it would appeal", EN_BODY2)
    assert run_pass("remove_widgets", text) == {}


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Lire aussi : Le vieux pont fermé aux camions", "Le vieux pont fermé aux camions"),
        ("À lire aussi Le vieux pont fermé aux camions", "Le vieux pont fermé aux camions"),
        ("Lire aussiLe vieux pont fermé aux camions", "Le vieux pont fermé aux camions"),
        ("Related: Bridge closure splits the council", "Bridge closure splits the council"),
    ],
)
def test_read_also_teasers(line: str, title: str) -> None:
    body, body2 = (EN_BODY, EN_BODY2) if line.startswith("Related") else (FR_BODY, FR_BODY2)
    found = run_pass("extract_related_block", lines(body, line, body2))
    assert found[2].role is Role.RELATED
    assert found[2].value.title == title


def test_a_pull_quote_repeats_a_sentence_of_the_text() -> None:
    quote = "“The bridge has served us for ninety years”"
    body = "“The bridge has served us for ninety years”, the mayor told the council."
    found = run_pass("remove_pull_quotes", lines(EN_BODY, quote, body, EN_BODY2))
    assert {n: c.reason for n, c in found.items()} == {2: "pull_quote"}


def test_a_quoted_paragraph_alone_is_body() -> None:
    quote = "“We will not close the bridge without a vote of the whole council.”"
    assert run_pass("remove_pull_quotes", lines(EN_BODY, quote, EN_BODY2)) == {}


def test_english_page_fields() -> None:
    text = lines(
        "Menu",
        "World",
        "Business",
        "Markets",
        "Harbour bridge to close to trucks for two years",
        "By Ann Lee, Reuters",
        "5 min read",
        "Updated 2 hours ago",
        "LISBON, March 3 (Reuters) - " + EN_BODY,
        EN_BODY2,
        "Reporting by Ann Lee; Editing by Tom Hart",
    )
    article = cleannews.clean(text)
    assert article.language == "en"
    assert article.headline == "Harbour bridge to close to trucks for two years"
    assert article.byline == "Ann Lee"
    assert article.source.name == "Reuters"  # from the wire dateline
    assert article.paragraphs == ["LISBON, March 3 (Reuters) - " + EN_BODY, EN_BODY2]


def test_french_page_fields() -> None:
    text = lines(
        "Accueil",
        "Société",
        "Politique",
        "Le vieux pont fermé aux camions pendant deux ans",
        "Les travaux doivent commencer au printemps. Les élus de l'opposition dénoncent un "
        "calendrier trop serré.",
        "Par Marie Roux (Lyon, correspondante)",
        "Publié le 11 novembre 2023 à 14h05, modifié le 11 novembre 2023 à 17h32",
        "Lecture 4 min.",
        FR_BODY,
        FR_BODY2,
        "Mots-clés : Lyon, Transports",
    )
    article = cleannews.clean(text)
    assert article.language == "fr"
    assert article.headline == "Le vieux pont fermé aux camions pendant deux ans"
    assert article.subtitle is not None
    assert article.subtitle.startswith("Les travaux")
    assert article.byline == "Marie Roux"
    assert article.published == "2023-11-11T14:05:00"
    assert article.keywords == ["Lyon", "Transports"]
    assert article.paragraphs == [FR_BODY, FR_BODY2]
