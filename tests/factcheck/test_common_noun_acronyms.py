"""Acronyms of common nouns (AI, CEO, GPU) are not names: sources in other languages spell them out."""

from newsdesk.factcheck.verify import check_text

SOURCE = "Le modèle d'intelligence artificielle R1 de DeepSeek a fait chuter l'action de Nvidia de 17 %."


def test_ai_is_not_checked_as_a_name() -> None:
    report = check_text(source=SOURCE, article="DeepSeek's AI model R1 sent Nvidia down 17%.", language="fr")
    assert report.passed, [c.as_dict() for c in report.failing()]
    assert "AI" not in {c.text for c in report.claims}


def test_a_real_name_beside_it_is_still_checked() -> None:
    report = check_text(source=SOURCE, article="Anthropic's AI model R1 sent Nvidia down 17%.", language="fr")
    assert any(c.text.startswith("Anthropic") and c.verdict == "unsupported" for c in report.claims)
