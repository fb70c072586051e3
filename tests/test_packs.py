"""Language packs, language detection, pass settings, the registry order, site profiles.

Texts are synthetic (written for these tests) unless they come from the bundled samples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cleannews
from cleannews import passes
from cleannews.language import detect_languages
from cleannews.lexicon import CATEGORIES, Lexicon
from cleannews.normalise import fold
from cleannews.packs import load_pack, shipped_languages
from cleannews.page import read_page
from cleannews.profiles import Profile, select_profile, shipped_profiles, site_of

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_000 = FIXTURES / "000_79f9fbd6935e7061.txt"
SAMPLE_004 = FIXTURES / "004_d06de67a4468fdf3.txt"
EN = "The council voted on Tuesday to close the old harbour bridge to heavy trucks."
FR = "Le conseil municipal a voté mardi la fermeture du vieux pont aux poids lourds."
AR = "أعلن مجلس المدينة الثلاثاء إغلاق الجسر القديم أمام الشاحنات الثقيلة لمدة عامين."


def test_every_shipped_pack_validates_and_names_its_language() -> None:
    assert set(shipped_languages()) >= {"und", "ar", "en", "fr"}
    for language in shipped_languages():
        assert load_pack(language).language == language


def test_the_lexicon_is_a_mapping_of_categories_to_folded_sets() -> None:
    lexicon = Lexicon.build(("fr",))
    assert set(CATEGORIES) <= set(lexicon.phrases)
    assert fold("À lire aussi") in lexicon.phrases["read_also"]
    assert fold("a lire aussi") in lexicon.phrases["read_also"]  # accents fold away
    assert fold("إقرأ أيضاً") not in lexicon.phrases["read_also"]  # no Arabic on a French page


@pytest.mark.parametrize(
    ("credit", "agency"),
    [("أ.ف.ب", "AFP"), ("ا.ف.ب", "AFP"), ("AFP", "AFP"), ("رويترز", "Reuters"),
     ("Reuters", "Reuters"), ("أرشيفية - رويترز", "Reuters"), ("Jane Roe/Getty Images", "Getty Images"),
     ("Jane Roe", None)],
)  # fmt: skip
def test_agencies_are_normalised(credit: str, agency: str | None) -> None:
    assert Lexicon.build(("ar",)).agency(credit) == agency


def test_image_agency_on_a_sample_caption() -> None:
    (image, *_) = cleannews.clean(SAMPLE_000.read_text("utf-8")).images
    assert (image.credit, image.agency) == ("أ.ب", "AP")


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        (f"{EN}\n{EN}", ("en",)),
        (f"{FR}\n{FR}", ("fr",)),
        (f"{AR}\n{AR}", ("ar",)),
        ("Москва сегодня объявила о новых мерах поддержки экономики.", ("ru",)),
        ("تاريخ النشر: 17th, September 2023 GMT", ("ar",)),
        ("", ("und",)),
    ],
)
def test_language_is_detected_before_the_passes(text: str, languages: tuple[str, ...]) -> None:
    assert detect_languages(read_page(text)) == languages


def test_a_latin_page_quoting_arabic_uses_both_packs() -> None:
    text = f"{EN} «{AR}» {EN}"
    assert detect_languages(read_page(text)) == ("en", "ar")


def test_the_config_can_name_the_language() -> None:
    article = cleannews.clean(
        f"Headline of a short note\n{EN}", config=cleannews.Config(language="fr")
    )
    assert article.language == "fr"


def test_pass_settings_change_a_threshold() -> None:
    text = "\n".join(["Accueil", "Monde", "Sport", EN, EN.replace("Tuesday", "Monday")])
    default = cleannews.explain(text)
    assert [d.reason for d in default.lines[:3]] == ["menu_run"] * 3
    strict = cleannews.Config(settings={"remove_navigation": {"menu_min_run": 4}})
    assert "menu_run" not in {d.reason for d in cleannews.explain(text, config=strict).lines}


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"remove_navigation": {"menu_min_runs": 4}}, "remove_navigation.menu_min_runs: unknown"),
        ({"remove_navigation": {"menu_min_run": "many"}}, "menu_min_run"),
        ({"remove_widgets": {"x": 1}}, "has no settings"),
    ],
)
def test_bad_pass_settings_are_config_errors(settings: dict, message: str) -> None:
    with pytest.raises(cleannews.ConfigError, match=message):
        cleannews.Config(settings=settings)


def test_every_pass_setting_is_documented() -> None:
    for name, model in passes.PASS_SETTINGS.items():
        for field, info in model.model_fields.items():
            assert info.description, f"{name}.{field} has no description"


def test_the_registry_refuses_an_order_that_breaks_a_dependency() -> None:
    specs = {spec.find.__name__: spec for spec in passes._REGISTRY}
    broken = (specs["remove_before_headline"], specs["extract_headline"])
    with pytest.raises(RuntimeError, match="remove_before_headline needs extract_headline"):
        passes._check_order(broken)
    passes._check_order(passes._REGISTRY)  # the shipped order holds


def test_shipped_profiles_validate_and_are_chosen_by_domain_or_fingerprint() -> None:
    names = {p.name for p in shipped_profiles()}
    assert names >= {"asharq-al-awsat", "arabic-aggregator"}
    for profile in shipped_profiles():
        cleannews.Config(settings=profile.settings)  # their settings validate too
    assert site_of("https://www.aawsat.com/node/1") == "aawsat.com"
    chosen = select_profile("https://m.aawsat.com/x", "no fingerprint here")
    assert chosen is not None
    assert chosen.name == "asharq-al-awsat"
    assert select_profile(None, SAMPLE_000.read_text("utf-8")).name == "asharq-al-awsat"
    assert select_profile("https://example.com/a", EN) is None


def test_the_profile_is_reported_and_can_be_turned_off() -> None:
    text = SAMPLE_004.read_text("utf-8")
    assert cleannews.clean(text).source.profile == "arabic-aggregator"
    off = cleannews.Config(profiles="off")
    assert cleannews.clean(text, config=off).source.profile is None


def test_a_rules_file_adds_removes_and_replaces_phrases(tmp_path: Path) -> None:
    rules = tmp_path / "site.toml"
    rules.write_text(
        'name = "harbour-gazette"\n'
        "[phrases]\n"
        'widgets = ["Gazette Radio Live"]\n'
        "[remove_phrases]\n"
        'chrome = ["Home"]\n',
        "utf-8",
    )
    config = cleannews.Config(rules=rules)
    text = "\n".join(["Home", "Gazette Radio Live", EN, EN.replace("Tuesday", "Monday")])
    reasons = [d.reason for d in cleannews.explain(text, config=config).lines]
    assert reasons[1] == "widget_marker"
    assert reasons[0] != "page_chrome"  # "Home" no longer chrome by phrase


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("colour = 1\n", "unknown key 'colour'"),
        ("skip = 3\n", "skip"),
        ('[phrases]\nwidgetz = ["x"]\n', "unknown phrase categories"),
        ('[phrases]\nwidgets = ["..."]\n', "fold to nothing"),
        ('[patterns]\npaywall = "(unclosed"\n', "does not compile"),
        ('[settings.remove_navigation]\nmenu_min_run = "x"\n', "menu_min_run"),
    ],
)
def test_a_bad_rules_file_is_a_config_error_naming_file_and_key(
    tmp_path: Path, content: str, message: str
) -> None:
    rules = tmp_path / "bad.toml"
    rules.write_text(content, "utf-8")
    with pytest.raises(cleannews.ConfigError, match=message) as caught:
        cleannews.Config.from_file(rules)
    assert str(rules) in str(caught.value) or "settings" in str(caught.value)


def test_profile_model_round_trips_through_config() -> None:
    profile = Profile(name="p", phrases={"widgets": ["Radio Live"]})
    config = cleannews.Config(rules=profile)
    assert fold("Radio Live") in config.lexicon.phrases["widgets"]


def test_the_worked_example_of_docs_profiles(tmp_path: Path) -> None:
    """docs/profiles.md teaches a site three lines; they leave the body."""
    page = "\n".join(
        [
            "Harbour bridge to close to heavy trucks for two years",
            "By Ann Lee",
            EN,
            "Gazette Radio Live",
            "Listen to the Gazette podcast",
            "Engineers said the structure needed repairs that would take at least two years.",
            "Gazette members read on: sign in",
        ]
    )
    rules = tmp_path / "gazette.toml"
    rules.write_text(
        'name = "harbour-gazette"\n[phrases]\n'
        'widgets = ["Gazette Radio Live", "Listen to the Gazette podcast"]\n'
        "[patterns]\npaywall = '(?i)^gazette members read on\\b.*$'\n",
        "utf-8",
    )
    before = cleannews.explain(page).lines
    assert [d.field for d in before[3:5]] == ["body", "body"]
    after = cleannews.explain(page, config=cleannews.Config(rules=rules)).lines
    assert [d.reason for d in after[3:5]] == ["widget_marker", "widget_marker"]
    assert after[6].reason == "paywall_prompt"
    assert cleannews.clean(page, config=cleannews.Config(rules=rules)).paragraphs == [
        EN,
        "Engineers said the structure needed repairs that would take at least two years.",
    ]
