"""Round four on real scraped pages (dev sets 5-8 and 10): every line here is synthetic,
written in the layouts seen there (docs/real-pages.md, section 9)."""

from __future__ import annotations

import pytest

import cleannews
from cleannews.lexicon import Lexicon
from cleannews.page import read_page
from cleannews.signals import byline_parts

from .helpers import lines, run_pass
from .test_round_three import EN_BODY, EN_HEAD, EN_LEAD, FR_BODY, FR_HEAD, FR_LEAD

AR_HEAD = "البلدية تعلن خطة لصيانة شبكة تصريف المياه قبل الشتاء"
AR_LEAD = "أعلنت البلدية أن أعمال الصيانة في شبكة تصريف المياه ستنتهي قبل حلول فصل الشتاء."
AR_BODY = "وقال رئيس البلدية إن الفرق الفنية تعمل على مدار الساعة في الأحياء الشرقية."
EN = (EN_HEAD, EN_LEAD, EN_BODY)
FR = (FR_HEAD, FR_LEAD, FR_BODY)
AR = (AR_HEAD, AR_LEAD, AR_BODY)


@pytest.mark.parametrize(
    ("line", "text", "day"),
    [
        ("Published Mon, Mar 2, 2026 · 06:15 PM", EN, "2026-03-02T18:15"),  # a middle dot
        ("3 mars 2026 | Société", FR, "2026-03-03"),  # the section's name beside the date
        ("Faits divers | 3 mars 2026", FR, "2026-03-03"),
    ],
)
def test_date_lines_with_a_dot_or_a_section(line: str, text: tuple[str, ...], day: str) -> None:
    head, *rest = text
    article = cleannews.clean(lines(head, line, *rest))
    assert (article.published or "").startswith(day)
    assert line not in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "3 mars 2026 | Le conseil a voté le budget.",  # a sentence beside the date
    ],
)
def test_a_bar_beside_a_date_needs_a_section_name(line: str) -> None:
    found = run_pass("extract_published_date", lines(FR_HEAD, line, FR_LEAD, FR_BODY))
    assert 2 not in found


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("par Claire Martin et Paul Leroy.", "Claire Martin et Paul Leroy"),  # a full stop
        ("Par Marie Dupont.", "Marie Dupont"),
    ],
)
def test_a_byline_ended_with_a_full_stop(line: str, name: str) -> None:
    article = cleannews.clean(lines(FR_HEAD, line, FR_LEAD, FR_BODY))
    assert article.byline == name
    assert article.paragraphs[0] == FR_LEAD


def test_a_sentence_opening_with_par_is_no_byline() -> None:
    found = run_pass(
        "extract_byline",
        lines(FR_HEAD, "Par ailleurs, le maire a salué le vote.", FR_LEAD, FR_BODY),
        before=["extract_headline"],
    )
    assert 2 not in found


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("قم بمشاركة المقال", True),  # a prompt to press the share button, its label glued
        ("قم بمشاركة الخبر عبر", True),
        ("قم بزيارة المعرض", False),  # a prompt, but not to share
        ("مشاركة واسعة في المعرض", False),  # the word in a headline
    ],
)
def test_a_share_prompt_is_a_share_bar(line: str, removed: bool) -> None:
    found = run_pass("remove_widgets", lines(line, AR_LEAD, AR_BODY))
    assert (found.get(1) is not None and found[1].reason == "share_bar") is removed


def test_a_caption_printed_again_with_its_credit_is_a_photo_not_the_headline() -> None:
    caption = "The mayor, one of many officials who visited the new depot on Tuesday"
    article = cleannews.clean(lines(caption, f"{caption} REUTERS", EN_HEAD, EN_LEAD, EN_BODY))
    assert article.headline == EN_HEAD
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "REUTERS")]
    assert article.paragraphs == [EN_LEAD, EN_BODY]


def test_a_copy_with_more_words_than_a_credit_is_no_caption_pair() -> None:
    line = "The mayor visited the new depot on Tuesday"
    text = lines(EN_HEAD, EN_LEAD, line, f"{line} and praised the workers there", EN_BODY)
    assert run_pass("extract_caption_pairs", text) == {}


def test_a_dash_before_a_bracketed_credit_is_not_the_captions() -> None:
    caption = "طقس حار - (تعبيرية)"
    article = cleannews.clean(lines(AR_HEAD, caption, caption, AR_LEAD, AR_BODY))
    assert [(i.caption, i.credit) for i in article.images] == [("طقس حار", "تعبيرية")]


def test_a_credit_glued_to_the_captions_full_stop() -> None:
    caption = "Water covers the road near the old mill on Thursday in Riverton, Ohio."
    line = f"{caption}Jane Roe / Riverton Herald via Getty Images"
    article = cleannews.clean(lines(EN_HEAD, EN_LEAD, line, EN_BODY))
    assert [(i.caption, i.credit) for i in article.images] == [
        (caption, "Jane Roe / Riverton Herald via Getty Images")
    ]
    assert article.paragraphs == [EN_LEAD, EN_BODY]


def test_initials_before_a_capital_are_no_glued_credit() -> None:
    line = "Engineers from the U.S.Army Corps checked the levee"
    article = cleannews.clean(lines(EN_HEAD, EN_LEAD, line, EN_BODY))
    assert article.images == []


def test_a_short_caption_printed_twice_under_a_label_is_no_menu() -> None:
    # headline, the section's label, the photo's title and alt text, the text
    text = lines(AR_HEAD, "أخبار المدن", "من موقع العمل", "من موقع العمل", AR_LEAD, AR_BODY)
    article = cleannews.clean(text)
    assert article.headline == AR_HEAD
    assert [i.caption for i in article.images] == ["من موقع العمل"]
    assert article.paragraphs == [AR_LEAD, AR_BODY]


def test_a_name_printed_twice_in_the_lead_is_the_author() -> None:
    text = lines(AR_HEAD, "أخبار المدن", "ليلى منصور", "ليلى منصور", AR_LEAD, AR_BODY)
    article = cleannews.clean(text)
    assert (article.byline, article.images) == ("ليلى منصور", [])
    # ... but a name the text speaks of is the person in the photo
    named = "وقال رئيس البلدية سامي حداد إن الفرق الفنية تعمل على مدار الساعة."
    article = cleannews.clean(lines(AR_HEAD, "سامي حداد", "سامي حداد", named, AR_BODY))
    assert (article.byline, [i.caption for i in article.images]) == (None, ["سامي حداد"])


def test_a_name_and_its_office_parted_by_a_slash_are_byline_and_source() -> None:
    text = lines("سامر حداد / إعلام مستشفى المدينة العام", AR_LEAD, AR_BODY)
    article = cleannews.clean(text)
    assert (article.headline, article.byline) == (None, "سامر حداد")
    assert article.source.name == "إعلام مستشفى المدينة العام"
    assert article.paragraphs == [AR_LEAD, AR_BODY]


def test_a_long_question_or_a_trailing_title_backed_by_the_text_is_the_headline() -> None:
    question = (
        "Métropole de Lyon. En attendant les travaux promis depuis trois ans, "
        "où en est la piscine municipale du quartier ?"
    )
    lead = (
        "La piscine municipale du quartier reste fermée deux jours par semaine faute de personnel."
    )
    article = cleannews.clean(
        lines("⇒ https://www.example.fr/edition-lyon", question, lead, FR_BODY)
    )
    assert article.headline == question
    assert article.paragraphs == [lead, FR_BODY]
    lead = "Heavy rain fell overnight across the valley but no warnings have been issued."
    body = "We launched Flood watch last week to keep readers informed as conditions change."
    assert cleannews.clean(lines("Flood watch...", lead, body)).headline == "Flood watch..."


def test_a_long_question_the_text_does_not_back_is_no_headline() -> None:
    question = "Who would have thought that a small town could change so much in so few years ?"
    article = cleannews.clean(lines(question, EN_LEAD, EN_BODY))
    assert article.headline != question


def test_a_long_line_closing_on_an_emoji_is_running_text() -> None:
    intro = (
        "Bienvenue dans le bilan de la 24e journée du championnat, qui s'est jouée samedi et "
        "dimanche. En haut comme en bas du classement, chaque match comptait et la journée a "
        "tenu toutes ses promesses. Plongeons ensemble dans le détail de ces rencontres 🙂"
    )
    score = "Stade Riverain 34 – 29 Union Côtière"
    lead = "Les Riverains ont renoué avec la victoire dans un duel très offensif face à l'Union."
    article = cleannews.clean(lines(intro, score, lead, FR_BODY))
    assert article.headline is None
    assert article.paragraphs == [intro, score, lead, FR_BODY]
    assert article.subheadings == [score]  # between two paragraphs, the intro being one
    # a short title closing on one is still a title, not a sentence
    assert cleannews.clean(lines(f"{FR_HEAD} 🔥", FR_LEAD, FR_BODY)).headline == f"{FR_HEAD} 🔥"


def test_a_stamped_listing_whose_first_two_titles_open_with_one_letter() -> None:
    stamp = "5 آذار (مارس)، 2024"
    titles = ["افتتاح جسر جديد", "انقطاع المياه في الحي", "جولة للمحافظ", "مهرجان الربيع"]
    found = run_pass("extract_stamped_listing", lines(*[stamp + t for t in titles], AR_LEAD))
    assert [c.value.title for c in found.values()] == titles


@pytest.mark.parametrize(
    "line", ["main news image", "Featured image", "ADVERTISEMENT", "Back To Top"]
)
def test_an_images_placeholder_and_page_buttons_are_widgets(line: str) -> None:
    found = run_pass("remove_widgets", lines(line, EN_HEAD, EN_LEAD, EN_BODY))
    assert found[1].reason == "widget_marker"


def test_a_dated_caption_under_the_headline_does_not_outscore_it() -> None:
    head = "Retraites. «Un combat sévère, et quelques enseignements pour la suite»"
    caption = "Manifestation du 5 décembre 2019 à Lyon"
    lead = "La manifestation du 5 décembre à Lyon a ouvert une nouvelle phase de la mobilisation."
    article = cleannews.clean(lines(head, caption, "Par Claire Martin", lead, FR_BODY))
    assert article.headline == head


@pytest.mark.parametrize(
    ("line", "text", "place", "day", "site"),
    [
        (
            "الرباط، 3 مارس 2026 – صوت المدينة",
            (AR_LEAD, AR_BODY),
            "الرباط",
            "2026-03-03",
            "صوت المدينة",
        ),
        (
            "Riverton, March 3, 2026 – Valley Post",
            (EN_LEAD, EN_BODY),
            "Riverton",
            "2026-03-03",
            "Valley Post",
        ),
    ],
)
def test_a_place_a_date_and_a_site_are_a_dateline_not_a_headline(
    line: str, text: tuple[str, ...], place: str, day: str, site: str
) -> None:
    article = cleannews.clean(lines(line, *text))
    assert article.headline is None
    assert (article.dateline, article.published, article.source.name) == (place, day, site)
    assert article.paragraphs == list(text)


@pytest.mark.parametrize(
    ("first", "printed", "agency"),
    [
        ("(كونا)- أغلقت البورصة تداولاتها اليوم على ارتفاع مؤشراتها الرئيسية الثلاثة.", "كونا", "KUNA"),
        ("الكويت - 3 - 3 (كونا) -- تستضيف الكويت غدا اجتماعا لوزراء الزراعة الخليجيين.", "كونا", "KUNA"),
        ("NEW DELHI, March 3 (IANS) - The cabinet approved the new rail budget on Tuesday.", "IANS", "IANS"),
        ("PARIS, 3 mars 2026 (APMnews) - Le gouvernement a lancé sa campagne pour l'été.", "APMnews", "APMnews"),
    ],
)  # fmt: skip
def test_a_wire_dateline_gives_the_source(first: str, printed: str, agency: str) -> None:
    article = cleannews.clean(lines(first, AR_BODY if first[0] in "(ا" else EN_BODY))
    assert (article.source.name, article.source.agency) == (printed, agency)
    assert article.paragraphs[0] == first  # the line stays in the body


def test_the_site_a_syndication_line_names_is_the_source() -> None:
    line = "ظهرت المقالة البلدية تعلن خطة الصيانة أولاً على صحيفة المدينة."
    source = cleannews.clean(lines(AR_HEAD, AR_LEAD, AR_BODY, line)).source
    assert (source.name, source.agency) == ("صحيفة المدينة", None)  # a publisher, no agency
    line = "The post Council approves cycle lanes appeared first on Riverton Daily."
    assert cleannews.clean(lines(EN_HEAD, EN_LEAD, EN_BODY, line)).source.name == "Riverton Daily"


@pytest.mark.parametrize(
    ("sign", "printed", "agency"), [("أ ش أ", "أ ش أ", "MENA"), ("(رويترز)", "رويترز", "Reuters")]
)
def test_an_agency_alone_closing_the_text_is_its_source(
    sign: str, printed: str, agency: str
) -> None:
    article = cleannews.clean(lines(AR_HEAD, AR_LEAD, AR_BODY, sign))
    source = (article.source.name, article.source.agency)
    assert (source, article.paragraphs) == ((printed, agency), [AR_LEAD, AR_BODY])


def test_a_newsletter_box_between_paragraphs() -> None:
    box = [
        "A NEWSLETTER FOR YOU",
        "Monday, 7.30 am",
        "Valley Weekly",
        "Get updates on the valley's councils, along with profiles and analysis.",
    ]
    found = run_pass("remove_furniture_sentences", lines(EN_LEAD, *box, EN_BODY))
    assert [c.reason for c in found.values()] == ["newsletter_prompt", *["newsletter_box"] * 3]
    # short lines under a prompt that nothing closes stay where they are
    found = run_pass("remove_furniture_sentences", lines(EN_LEAD, box[0], "Monday", EN_BODY))
    assert [c.reason for c in found.values()] == ["newsletter_prompt"]


def test_a_comment_policy_a_paragraph_long_is_furniture() -> None:
    policy = (
        "We want our comments to be a lively and valuable part of our community, a place where "
        "readers can debate and engage with the most important local issues of the day, so we "
        "ask that you keep to our rules, stay on topic, be polite and never share anything "
        "that could be against the law or hurtful to other readers of the site."
    )
    found = run_pass("remove_furniture_sentences", lines(*EN, "Comments: Our rules", policy))
    assert [c.reason for c in found.values()] == ["comment_form_notice"] * 2


def test_a_french_headline_with_two_single_letter_words_is_no_widget() -> None:
    head = "Retour à la normale à la gare de Lyon"
    assert cleannews.clean(lines(head, FR_LEAD, FR_BODY)).headline == head
    assert run_pass("extract_headline", lines("A A A", FR_LEAD, FR_BODY)) == {}  # font sizes


def test_a_title_with_a_number_before_its_colon_is_no_dateline() -> None:
    head = "Ligue 2 : Les réactions du soir"
    line = next(line for line in read_page(head).lines if line.text)
    assert byline_parts(line, Lexicon.build(("fr",))) is None  # was `{"byline": "les ..."}`
    article = cleannews.clean(lines(head, FR_LEAD, FR_BODY))
    assert (article.headline, article.byline) == (head, None)


@pytest.mark.parametrize(("line", "text"), [("• Copié", FR), ("• Save article", EN)])
def test_a_bulleted_toolbar_button_is_a_widget(line: str, text: tuple[str, ...]) -> None:
    found = run_pass("remove_widgets", lines(*text, line))
    assert found[4].reason == "widget_marker"


def test_a_long_title_over_a_bulleted_summary_is_the_headline() -> None:
    head = (
        "How is the flood season hitting YOUR town? Use our map to find out: almost half of the "
        "homes on the river have been flooded twice and repairs take a year at worst-hit streets"
    )
    bullets = [
        "• Almost half of the homes on the river have been flooded at least twice since 2020",
        "• Repairs take a year on average in the worst-hit streets, the council's figures show",
    ]
    article = cleannews.clean(lines(head, *bullets, EN_LEAD, EN_BODY))
    assert article.headline == head


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("vigilance-meteo-france", True),  # an image's slug printed alone
        ("IMG_2041.jpg", True),
        ("2024-10-08", False),  # a date is the date pass's
        ("Saint-Jean-de-Luz", False),  # a place is capitalised
    ],
)
def test_an_images_file_name_alone_is_chrome(line: str, removed: bool) -> None:
    found = run_pass("remove_page_chrome", lines(*FR, line))
    assert (found.get(4) is not None and found[4].reason == "image_slug") is removed


def test_a_caption_label_whose_caption_went_to_another_pass_takes_no_paragraph() -> None:
    # `Caption`, then a gallery's counter (a site notice), then the text: the counter was the
    # label's caption line, and the paragraph under it is text
    lead = "RIVERTON (AP) — The city council approved on Tuesday a plan for new cycle lanes."
    article = cleannews.clean(lines(EN_HEAD, "Caption", "Image 1 of 8", lead, EN_BODY))
    assert (article.paragraphs, article.images) == ([lead, EN_BODY], [])


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Accessibility links", EN),
        ("Passer au contenu principal", FR),
        ("زر الذهاب إلى الأعلى", AR),
    ],
)
def test_top_of_page_buttons_are_widgets(line: str, text: tuple[str, ...]) -> None:
    found = run_pass("remove_widgets", lines(line, *text))
    assert found[1].reason == "widget_marker"


def test_a_numbered_list_is_no_stamped_listing() -> None:
    items = [f"• بند رقم {n:05d}" for n in range(5)]
    assert run_pass("extract_stamped_listing", lines(AR_LEAD, *items, AR_BODY)) == {}


def test_a_section_label_over_a_question_headline_gives_way() -> None:
    # set 12: `القطاع العام` (a section's name), then the question the text is about
    question = "هل تؤجل البلدية أعمال الصيانة في شبكة المياه؟"
    article = cleannews.clean(lines("القطاع العام", "", question, AR_LEAD, AR_BODY))
    assert article.headline == question


def test_titles_to_the_end_of_the_page_are_a_teaser_run() -> None:
    titles = [
        "Three men sentenced after burglary in the old town",
        "Local nurse awarded prestigious national title",
        "Spring concert raises funds for the children's ward",
        "Man charged with driving offences after chase",
        "Council approves new bus shelters for the high street",
    ]
    found = run_pass("extract_teaser_run", lines(*EN, *titles, "Update on the swimming ba"))
    assert [found[n].reason for n in range(4, 9)] == ["teaser_run"] * 5
    # four titles are not enough, and titles followed by more text are not at the end
    assert run_pass("extract_teaser_run", lines(*EN, *titles[:4])) == {}
    assert run_pass("extract_teaser_run", lines(*EN, *titles, EN_LEAD, EN_BODY)) == {}


def test_titles_above_a_title_with_a_full_stop_join_the_run() -> None:
    above = ["Bakery wins regional award for its rye bread", "Two arrested after shop break-in"]
    dotted = "Mayor criticised over the cost of the new fleet of cars."
    titles = [
        "Hospital opens a new wing for older patients",
        "Library extends its opening hours this winter",
        "Road closed for repairs until the end of March",
        "Youth team reaches the county cup final",
        "Appeal for witnesses after a crash on the bypass",
    ]
    found = run_pass("extract_teaser_run", lines(*EN, *above, dotted, *titles))
    assert sorted(found) == list(range(4, 12))  # 1-based: every line after the text
    assert {claim.reason for claim in found.values()} == {"teaser_run"}
    # a short last sentence with a single short line above it is the article's own ending
    ending = ["What happens next", "The council will vote in May."]
    found = run_pass("extract_teaser_run", lines(*EN, *ending, *titles))
    assert sorted(found) == list(range(6, 11))


def test_a_french_last_modified_line_is_a_date_line() -> None:
    article = cleannews.clean(lines(*FR, "Dernière modification le mardi, 15 décembre 2020 18:31"))
    assert (article.published or "").startswith("2020-12-15")
    assert article.paragraphs == [FR_LEAD, FR_BODY]


def test_a_dated_list_ending_the_article_is_no_teaser_run() -> None:
    dates = [f"June {n} – Riverton, OH @ Riverside Amphitheatre" for n in range(9, 15)]
    assert run_pass("extract_teaser_run", lines(*EN, *dates)) == {}


# furniture written as sentences, one table for the round's pack patterns: what each line
# is, and the sentences that only start like one and stay text
@pytest.mark.parametrize(
    ("line", "text", "reason"),
    [
        (
            "The post Council approves cycle lanes appeared first on Riverton Daily.",
            EN,
            "syndication_line",
        ),
        ("Read the full story on Riverton Daily", EN, "syndication_line"),
        ("→ Lire la suite sur le site d’origine…", FR, "syndication_line"),
        (
            "L'article Le conseil adopte le plan est apparu en premier sur Le Courrier.",
            FR,
            "syndication_line",
        ),
        (
            "ظهرت المقالة البلدية تعلن خطة الصيانة أولاً على صحيفة المدينة.",
            AR,
            "syndication_line",
        ),
        ("اقرأ الخبر كاملا من المصدر", AR, "syndication_line"),
        ("Il vous reste 85% de l'article à lire.", FR, "paywall_prompt"),
        ("Vous devez bénéficier d'un abonnement premium pour lire la suite.", FR, "paywall_prompt"),
        ("L'espace des commentaires est réservé aux abonnés.", FR, "comment_form_notice"),
        (
            "Connectez-vous ou créez un compte pour commenter cet article.",
            FR,
            "comment_form_notice",
        ),
        (
            "Pour afficher ce contenu YouTube, vous devez accepter les cookies Vidéos.",
            FR,
            "player_notice",
        ),
        (
            "Thank you for reading 3 articles this month. Join now for unlimited access",
            EN,
            "paywall_prompt",
        ),
        ("Try your first month for just £1", EN, "paywall_prompt"),
        ("Comments: Our rules", EN, "comment_form_notice"),
        ("Sign up for the latest news from the valley", EN, "newsletter_prompt"),
        ('Press "Enter" to skip to content', EN, "site_notice"),
        ("Visitors Today : 1,204", EN, "site_notice"),
        ("Do you know more? Email newsroom@example.com", EN, "site_notice"),
        (
            "تسجل في النشرة اليومية عبر البريد الالكتروني",
            AR,
            "newsletter_prompt",
        ),
        (
            "| لمتابعة الأخبار انضموا إلينا عبر قناتنا على واتساب",
            AR,
            "newsletter_prompt",
        ),
        ("عدد الزوار : 15290", AR, "site_notice"),
        ("Image 1 of 17", EN, "site_notice"),
        ("Photo 3 sur 12", FR, "site_notice"),
        ("صورة 2 من 9", AR, "site_notice"),
        ("Leave a Reply", EN, "comment_form_notice"),
        ("12 thoughts on “Council approves new cycle lanes”", EN, "comment_form_notice"),
        ("Skip to content", EN, "site_notice"),
        ("Page 2 of 5", EN, "site_notice"),
        ("Read more on Riverton Daily", EN, "syndication_line"),
        ("Join the Riverton Daily WhatsApp group HERE", EN, "newsletter_prompt"),
        ("Keep reading with a 7-day free trial", EN, "paywall_prompt"),
        ("Laisser un commentaire", FR, "comment_form_notice"),
        ("Vos réactions doivent respecter nos CGU.", FR, "comment_form_notice"),
        ("Article réservé à nos abonnés", FR, "paywall_prompt"),
        ("Vidéo suivante dans 5 secondes", FR, "site_notice"),
        ("Continuer la lecture »", FR, "syndication_line"),
        ("اترك تعليقاً", AR, "comment_form_notice"),
        ("اذهب إلى المحتوى", AR, "site_notice"),
        ("تابع أحدث الأخبار عبر تطبيق Google News", AR, "newsletter_prompt"),
        ("أكمل القراءة »", AR, "syndication_line"),
        ("Tag Archives: flooding", EN, "site_notice"),
        ("Comments are closed.", EN, "comment_form_notice"),
        ("Source link", EN, "syndication_line"),
        ("Votre navigateur est obsolète. Veuillez le mettre à jour.", FR, "site_notice"),
        ("Voir la suite »", FR, "syndication_line"),
        ("هذا المقال مخصص للمشتركين فقط", AR, "paywall_prompt"),
        ("التعليقات مغلقة لهذا المقال", AR, "comment_form_notice"),
        ("عدد المساهمات : 1520", AR, "site_notice"),
        ("• No HTML tags allowed.", EN, "comment_form_notice"),
        (
            "• Web page addresses and e-mail addresses turn into links automatically.",
            EN,
            "comment_form_notice",
        ),
        (
            "Entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter:",
            FR,
            "comment_form_notice",
        ),
        ("- الرجاء عدم إرسال التعليق أكثر من مرة حتى لا يعتبر سبام", AR, "comment_form_notice"),
        ("- التعليقات التي تحوي إساءة للآخرين لن يتم نشرها", AR, "comment_form_notice"),
    ],
)
def test_furniture_written_as_sentences(line: str, text: tuple[str, ...], reason: str) -> None:
    found = run_pass("remove_furniture_sentences", lines(*text, line))
    assert found[4].reason == reason


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Read on to find out more about the plan.", EN),
        ("Lire la suite de ses déclarations, il a ajouté que le maire partira.", FR),
        ("Thank you for reading this far, said the mayor in a letter to residents.", EN),
        ("Les visiteurs du musée étaient nombreux : plus de 2 000 ce dimanche.", FR),
        ("Full story of the night the river rose is told by those who were there.", EN),
        ("Page 2 of the report lists the roads that will close first.", EN),
        ("Il a décidé de laisser un commentaire sur le registre de la mairie.", FR),
    ],
)
def test_sentences_that_only_sound_like_furniture_stay(line: str, text: tuple[str, ...]) -> None:
    assert run_pass("remove_furniture_sentences", lines(*text, line)) == {}
