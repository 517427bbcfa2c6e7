"""An organisation's acronym is found in a source that writes its own language's acronym or name for it.

A Romance-language source writes many acronyms in its own word order (ONG for NGO); an
organisation's acronym is often another one altogether (OTAN, ONZ, ООН, 联合国): the English one is
supported by any of them, and a different organisation's is not.
"""

from __future__ import annotations

import pytest

from newsdesk.factcheck.verify import check_text

SOURCE = "Una ONG local denunció la falta de fondos para la campaña."


def test_acronym_with_its_letters_reordered_is_supported() -> None:
    """NGO is ONG in Spanish."""
    assert check_text(source=SOURCE, article="A local NGO criticised the lack of funds.", language="es").passed


def test_different_acronym_fails() -> None:
    """IMF is not ONG."""
    report = check_text(source=SOURCE, article="The local IMF office criticised the lack of funds.", language="es")
    assert [c.text for c in report.failing()] == ["IMF"]


def test_acronym_with_diacritics_in_the_source() -> None:
    """A Czech source writes ČEZ; the English article writes CEZ."""
    source = "Smlouvu se společností ČEZ podepíše vláda v pondělí."
    assert check_text(
        source=source, article="The government will sign the CEZ contract on Monday.", language="cs"
    ).passed


@pytest.mark.parametrize(
    ("language", "source", "article", "evidence"),
    [
        ("fr", "L'OTAN a tenu un sommet à Vilnius.", "NATO held a summit in Vilnius.", "OTAN"),
        ("es", "La OMS publicó un informe sobre la gripe.", "The WHO published a report on flu.", "OMS"),
        ("pl", "Sekretarz generalny ONZ odwiedził Kijów.", "The UN Secretary-General visited Kyiv.", "ONZ"),
        ("fr", "Il a saisi la CEDH en mars.", "He took the case to the ECHR in March.", "CEDH"),
        ("de", "Der IWF senkte seine Prognose.", "The IMF cut its forecast.", "IWF"),
        ("ru", "Генсек ООН выступил в Москве.", "The UN chief spoke in Moscow.", "ООН"),
        ("zh", "联合国秘书长访问了基辅。", "The UN Secretary-General visited Kyiv.", "联合国"),
    ],
)
def test_the_english_acronym_of_an_organisation_the_source_names_its_own_way(
    language: str, source: str, article: str, evidence: str
) -> None:
    report = check_text(source=source, article=article, language=language)
    acronyms = ("NATO", "WHO", "UN", "ECHR", "IMF")
    [claim] = [c for c in report.claims if c.kind == "name" and c.text.split()[0] in acronyms]
    assert (claim.verdict, claim.evidence) == ("supported", evidence)
    assert report.passed


@pytest.mark.parametrize(
    ("language", "source", "article", "wrong"),
    [
        ("fr", "L'OMS a publié un rapport sur la grippe.", "The IMF published a report on flu.", "IMF"),
        ("es", "La OTAN se reunió en Bruselas.", "The EU met in Brussels.", "EU"),
        ("ru", "Генсек ООН выступил в Москве.", "The NATO chief spoke in Moscow.", "NATO"),
    ],
)
def test_another_organisation_fails(language: str, source: str, article: str, wrong: str) -> None:
    report = check_text(source=source, article=article, language=language)
    assert [c.text for c in report.failing()] == [wrong]


def test_who_in_capitals_is_the_organisation_not_the_pronoun() -> None:
    """"The WHO" is checked like any organisation; "who" in a sentence is no name."""
    source = "L'OMS a publié un rapport."
    assert [c.text for c in check_text(source=source, article="The WHO published a report.", language="fr").claims] == [
        "WHO"
    ]
    assert not check_text(source="L'ONU a publié un rapport.", article="The WHO published a report.",
                          language="fr").passed
