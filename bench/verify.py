"""Print the median time to check an 800-word English article against a French source."""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")

import django  # noqa: E402

django.setup()

from newsdesk.factcheck.verify import Section, check_sections  # noqa: E402

COMPANIES = ["Meta", "Alphabet", "Renault", "Siemens", "Banco Santander", "Enel", "Danone", "Airbus"]
SOURCE_SENTENCE = (
    "{co} a publié un chiffre d'affaires de {a},{b} milliards d'euros au troisième trimestre {year}, "
    "en hausse de {p} % sur un an, et prévoit entre {lo} et {hi} milliards pour le trimestre suivant. "
)
SOURCE_PROSE = (
    "Les analystes de la place de Paris attendaient un trimestre plus difficile pour {co}. "
    "La direction a insisté sur la discipline des coûts et sur les investissements dans le cloud. "
)
ARTICLE_PROSE = (
    "Analysts in Paris had expected a harder quarter for {co}, whose shares have been volatile this year. "
    "Management stressed cost discipline and continued investment in cloud computing and data centres, "
    "saying that demand from large customers remained steady across its main markets. "
)
ARTICLE_SENTENCE = (
    "{co} reported revenue of €{a}.{b} billion in the third quarter of {year}, up {p}% year over year, "
    "and expects between €{lo} billion and €{hi} billion in the next quarter, the company said on Tuesday. "
)


def build(rng: random.Random, *, dense: bool = False) -> tuple[str, list[Section]]:
    """Return a source and an article of about 800 words with the same figures.

    A typical article has prose between its figures; dense has figures in every sentence.
    """
    source, article = [], []
    while sum(len(s.split()) for s in article) < 800:
        facts = {
            "co": rng.choice(COMPANIES),
            "a": rng.randint(2, 90),
            "b": rng.randint(1, 9),
            "year": rng.randint(2019, 2025),
            "p": rng.randint(2, 40),
            "lo": rng.randint(10, 40),
        }
        facts["hi"] = facts["lo"] + rng.randint(1, 9)
        source.append(SOURCE_SENTENCE.format(**facts) + "Le groupe a publié ses comptes mardi. ")
        article.append(ARTICLE_SENTENCE.format(**facts))
        if not dense:
            source.append(SOURCE_PROSE.format(**facts))
            article.append(ARTICLE_PROSE.format(**facts))
    body = " ".join(article)
    return " ".join(source), [
        Section(heading="", body="Quarterly results across Europe", kind="headline"),
        Section(heading="Results", body=body, kind="body"),
    ]


def measure(label: str, *, dense: bool) -> None:
    """Print the median time to check one article built by build()."""
    source, sections = build(random.Random(7), dense=dense)
    words = sum(len(s.body.split()) for s in sections)
    check_sections(source=source, sections=sections, language="fr")  # warm caches (tables, gazetteer)
    times, cpu = [], []
    for i in range(30):
        # a fresh source each run: the source cache must not flatter the figure
        src = source + f" Référence {i}."
        started, started_cpu = time.perf_counter(), time.process_time()
        report = check_sections(source=src, sections=sections, language="fr")
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    # CPU time is what the checker itself costs; wall time also counts waiting for a core on a
    # shared machine
    print(
        f"{label}: {words} words, {len(report.claims)} claims, passed={report.passed}, "
        f"median {statistics.median(times):.1f} ms wall (min {min(times):.1f}, max {max(times):.1f}), "
        f"median {statistics.median(cpu):.1f} ms CPU, 30 runs"
    )


def main() -> None:
    measure("typical article", dense=False)
    measure("dense article (figures in every sentence)", dense=True)


if __name__ == "__main__":
    main()
