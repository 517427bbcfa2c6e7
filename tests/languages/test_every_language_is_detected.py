"""Language detection can name every registered language, so a source in one is read with its own rules."""

from __future__ import annotations

import pytest
from lingua import Language as Lingua

from newsdesk import languages
from newsdesk.sources import language as detection

SAMPLES = {
    "pt": "O governo anunciou ontem que a inflação caiu para o nível mais baixo dos últimos três anos.",
    "nl": "De regering maakte gisteren bekend dat de inflatie is gedaald tot het laagste niveau in drie jaar.",
    "cs": "Vláda včera oznámila, že inflace klesla na nejnižší úroveň za poslední tři roky.",
}


def test_every_registered_language_is_one_lingua_may_answer() -> None:
    detectable = {getattr(Lingua, name).iso_code_639_1.name.lower() for name in detection._LANGUAGES}
    assert set(languages.registered()) <= detectable


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_a_registered_language_is_detected_as_itself(code: str, text: str) -> None:
    assert detection.detect(text) == code
