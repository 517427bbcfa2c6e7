"""A source names its subject once and carries it on with a pronoun: the figure still belongs to that subject."""

from __future__ import annotations

from newsdesk.factcheck.verify import check_text

SOURCE = (
    "Meta investit 14,3 milliards de dollars dans Scale AI.\n\n"
    "Le 30 octobre, Meta a présenté ses résultats du troisième trimestre. Le groupe prévoit jusqu'à "
    "72 milliards de dollars de dépenses en 2025. Ses revenus publicitaires ont augmenté de 26 % d'une "
    "année sur l'autre, à 51,24 milliards de dollars."
)


def test_figure_in_a_sentence_whose_subject_is_a_pronoun_belongs_to_the_named_company() -> None:
    report = check_text(source=SOURCE, article="Meta's advertising revenue rose 26% year over year to $51.24 billion.",
                        language="fr")
    assert report.passed, report.failing()


def test_a_figure_whose_sentence_names_its_subject_is_still_tied_to_it() -> None:
    """Where the source's sentence names the figure's subject, another company named nearby is no cover."""
    source = SOURCE.replace("Ses revenus publicitaires", "Les revenus publicitaires de Meta")
    report = check_text(source=source, article="Scale AI's revenue rose 26% year over year.", language="fr")
    assert "26" in {c.text for c in report.failing()}
