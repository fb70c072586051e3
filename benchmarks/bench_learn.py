"""Learned profiles on a synthetic batch: furniture leaks and body kept, with and without.

Four invented sites (two Arabic, two English), 30 pages each, built in memory: every site
prints its own furniture (a top menu, an app or newsletter prompt, a per-site widget, a
footer sign-off) that no built-in phrase list knows, around article bodies made of
hand-written invented sentences shuffled by a seed. Everything here is synthetic. Run:

    python benchmarks/bench_learn.py              # prints a Markdown table
    python benchmarks/bench_learn.py --pages 60 --seed 7

- leaks: furniture lines that end up in an article's paragraphs, headline or subtitle, over
  the furniture lines of the input;
- body kept: article paragraphs of the input found in the output paragraphs.
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from dataclasses import dataclass, field

import cleannews
from cleannews.learn import LearnedProfile, learn_sites

AR_SENTENCES = [
    "أعلنت البلدية عن خطة لزراعة ألف شجرة في الأحياء الجنوبية قبل نهاية العام.",
    "وقال مسؤول في الوزارة إن المشروع سيوفر مئات فرص العمل للشباب.",
    "وشهدت الأسواق المحلية ارتفاعا ملحوظا في أسعار الخضار خلال الأسبوع الماضي.",
    "وأوضح التقرير أن نسبة المشاركة في الانتخابات البلدية تجاوزت التوقعات.",
    "ويأمل المزارعون أن تساعد الأمطار الأخيرة في تحسين موسم القمح.",
    "وافتتح المتحف الوطني جناحا جديدا يضم قطعا أثرية نادرة من العصر البرونزي.",
    "وأكد المدرب أن الفريق يستعد جيدا للمباراة النهائية يوم الجمعة.",
    "وتعمل الشركة على توسيع شبكة النقل العام لتشمل القرى المجاورة.",
    "وأشار الخبراء إلى أن استهلاك المياه ارتفع بنسبة كبيرة هذا الصيف.",
    "وقررت الجامعة تمديد فترة التسجيل للطلاب الجدد أسبوعين إضافيين.",
    "وتوقعت الأرصاد الجوية انخفاضا في درجات الحرارة مع نهاية الأسبوع.",
    "وناقش المجلس ميزانية العام المقبل في جلسة استمرت خمس ساعات.",
    "وبدأت أعمال ترميم الجسر القديم بعد سنوات من الانتظار.",
    "وسجلت المستشفيات تراجعا في عدد الحالات الطارئة خلال الشهر الحالي.",
    "ودعت الجمعية السكان إلى المشاركة في حملة تنظيف الحدائق العامة.",
    "وفاز الكاتب الشاب بجائزة الرواية عن عمله الأول الذي صدر العام الماضي.",
    "وتستضيف المدينة معرضا دوليا للكتاب بمشاركة أكثر من مئتي دار نشر.",
    "وأطلقت الوزارة تطبيقا جديدا لحجز المواعيد في المراكز الصحية.",
]
EN_SENTENCES = [
    "The council approved a plan to plant a thousand trees in the southern districts.",
    "A ministry official said the project would create hundreds of jobs for young people.",
    "Vegetable prices in local markets rose sharply over the past week.",
    "Turnout in the municipal elections was higher than most observers expected.",
    "Farmers hope the recent rain will improve this year's wheat harvest.",
    "The national museum opened a new wing with rare objects from the Bronze Age.",
    "The coach said the team was well prepared for Friday's final.",
    "The transport company is extending its bus network to the nearby villages.",
    "Experts noted that water use climbed steeply during the summer months.",
    "The university extended registration for new students by two weeks.",
    "Forecasters expect temperatures to fall towards the end of the week.",
    "The council debated next year's budget in a session that lasted five hours.",
    "Repairs on the old bridge began after years of delay.",
    "Hospitals recorded fewer emergency admissions this month than last.",
    "A local charity asked residents to join a clean-up of the public parks.",
    "The young novelist won the fiction prize for her first book.",
    "The city will host an international book fair with more than two hundred publishers.",
    "The ministry launched a new app for booking appointments at health centres.",
]


@dataclass(frozen=True)
class Site:
    name: str
    arabic: bool
    menu: tuple[str, ...]
    prompt: str  # app or newsletter prompt, under the menu
    widget: str  # per-site widget: after the headline or after the body
    sign_off: tuple[str, ...]  # footer lines


SITES = [
    Site(
        "alwaha-news.example", True,
        ("أخبار المدينة", "أسواق", "ملاعب", "حكايات"),
        "حمّلوا تطبيق الواحة نيوز مجانا", "استمع إلى النشرة الصوتية",
        ("— فريق تحرير الواحة", "الواحة نيوز 2026"),
    ),
    Site(
        "sada-albalad.example", True,
        ("محليات البلد", "مال وأعمال", "شباب", "منبر"),
        "انضم إلى نشرة صدى البلد الصباحية", "أرسل خبرك عبر واتساب",
        ("صدى البلد | من نحن | اتصل بنا", "إعداد: قسم الأخبار"),
    ),
    Site(
        "harbour-herald.example", False,
        ("Harbour", "Money", "Pitchside", "Weekend"),
        "Get the Harbour Herald app", "Listen to this story",
        ("— Harbour Herald staff", "Harbour Herald · Privacy · Contact"),
    ),
    Site(
        "northern-ledger.example", False,
        ("Northside", "Ledger Business", "Outdoors", "Letters"),
        "Sign up for the Morning Ledger briefing", "Have a tip? Message the newsroom",
        ("Reporting by the Ledger desk", "The Northern Ledger, est. 1911"),
    ),
]  # fmt: skip


@dataclass
class Page:
    site: str
    text: str
    furniture: list[str]
    paragraphs: list[str]
    headline: str


def make_page(site: Site, rng: random.Random, inline_share: float = 0.0) -> Page:
    sentences = AR_SENTENCES if site.arabic else EN_SENTENCES
    picked = rng.sample(sentences, rng.randint(8, 12))
    headline = " ".join(rng.choice(sentences).rstrip(".").split()[:7])
    paragraphs = [" ".join(picked[i : i + 2]) for i in range(0, len(picked), 2)]
    top = list(site.menu)
    if rng.random() < 0.7:
        top.append(site.prompt)
    lines = [*top, headline]
    where = "inline" if rng.random() < inline_share else rng.choice(["top", "bottom"])
    if where == "top":
        lines.append(site.widget)
    lines += paragraphs[:2]
    if where == "inline":  # between two paragraphs, as an in-article promo
        lines.append(site.widget)
    lines += paragraphs[2:]
    if where == "bottom":
        lines.append(site.widget)
    lines += site.sign_off
    furniture = [*top, site.widget, *site.sign_off]
    return Page(site.name, "\n".join(lines) + "\n", furniture, paragraphs, headline)


def make_batch(pages_per_site: int, seed: int, inline_share: float = 0.0) -> list[Page]:
    rng = random.Random(seed)
    batch = [make_page(site, rng, inline_share) for site in SITES for _ in range(pages_per_site)]
    rng.shuffle(batch)  # sites interleaved, as a crawl dump is
    return batch


@dataclass
class Score:
    furniture: int = 0
    leaks: int = 0
    furniture_headlines: int = 0
    paragraphs: int = 0
    kept: int = 0
    headlines: int = 0  # pages whose main article has the page's headline
    seconds: float = 0.0
    per_site: dict[str, list[int]] = field(default_factory=dict)  # site -> [leaks, furniture]


def score(batch: list[Page], configs: dict[str, cleannews.Config]) -> Score:
    result = Score()
    started = time.perf_counter()
    outputs = [cleannews.clean_all(p.text, config=configs.get(p.site)) for p in batch]
    result.seconds = time.perf_counter() - started
    for page, articles in zip(batch, outputs, strict=True):
        body = {para for article in articles for para in article.paragraphs}
        headlines = {article.headline for article in articles}
        headlines |= {article.subtitle for article in articles if article.subtitle}
        leaked = sum(line in body or line in headlines for line in page.furniture)
        result.furniture += len(page.furniture)
        result.leaks += leaked
        result.furniture_headlines += sum(line in headlines for line in page.furniture)
        result.paragraphs += len(page.paragraphs)
        result.kept += sum(para in body for para in page.paragraphs)
        result.headlines += bool(articles) and articles[0].headline == page.headline
        site = result.per_site.setdefault(page.site, [0, 0])
        site[0] += leaked
        site[1] += len(page.furniture)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30, help="pages per site")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--inline", type=float, default=0.0, help="share of pages with the widget mid-article"
    )
    args = parser.parse_args()
    batch = make_batch(args.pages, args.seed, args.inline)
    started = time.perf_counter()
    profiles: dict[str, LearnedProfile] = learn_sites((p.site, p.text) for p in batch)
    learn_seconds = time.perf_counter() - started
    base = score(batch, {})
    learned = score(batch, {site: profile.config() for site, profile in profiles.items()})

    print(
        f"{len(SITES)} sites x {args.pages} pages (seed {args.seed}, widget mid-article on "
        f"{args.inline:.0%} of pages), CPython {platform.python_version()}"
    )
    print()
    print(
        "| run | furniture leaks | of which headline/subtitle | right headline | body paragraphs kept | clean time |"
    )
    print("|---|---|---|---|---|---|")
    for name, s in (("built-in passes only", base), ("with learned profiles", learned)):
        print(
            f"| {name} | {s.leaks} / {s.furniture} ({s.leaks / s.furniture:.1%}) "
            f"| {s.furniture_headlines} | {s.headlines} / {len(batch)} pages "
            f"| {s.kept} / {s.paragraphs} ({s.kept / s.paragraphs:.1%}) | {s.seconds:.2f} s |"
        )
    print()
    print(f"learning: {learn_seconds:.2f} s for {len(batch)} pages")
    print()
    print("| site | learned lines | review | leaks before | leaks after |")
    print("|---|---|---|---|---|")
    for site in SITES:
        profile = profiles[site.name]
        before, total = base.per_site[site.name]
        after, _ = learned.per_site[site.name]
        print(
            f"| {site.name} | {len(profile.learned)} | {len(profile.review)} "
            f"| {before} / {total} | {after} / {total} |"
        )


if __name__ == "__main__":
    main()
