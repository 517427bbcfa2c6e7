"""Source texts split into sentences, in each language newsdesk ingests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.lib.sentences import source_sentences

CASES = [
    # German: dates and ordinals, abbreviations, decimals with a comma, quotes, tickers, URLs.
    ("de", "Die Messe beginnt am 27. Januar in Berlin. Sie dauert drei Tage.",
     ["Die Messe beginnt am 27. Januar in Berlin.", "Sie dauert drei Tage."]),
    ("de", "Der Umsatz stieg im 3. Quartal um 14,3 Prozent. Das meldete Dr. Müller.",
     ["Der Umsatz stieg im 3. Quartal um 14,3 Prozent.", "Das meldete Dr. Müller."]),
    ("de", "Es kamen ca. 100 Gäste, z. B. aus Wien. Die Halle Nr. 5 war voll.",
     ["Es kamen ca. 100 Gäste, z. B. aus Wien.", "Die Halle Nr. 5 war voll."]),
    ("de", "„Wir sind zufrieden.“ Das sagte der Chef.", ["„Wir sind zufrieden.“", "Das sagte der Chef."]),
    ("de", "Die Aktie (SAP.DE) fiel. Mehr unter www.beispiel.de/news.html oder info@beispiel.de. Danke.",
     ["Die Aktie (SAP.DE) fiel.", "Mehr unter www.beispiel.de/news.html oder info@beispiel.de.", "Danke."]),
    ("de", "Die Sitzung endete am 1. 3. 2024. Danach wurde gewählt.",
     ["Die Sitzung endete am 1. 3. 2024.", "Danach wurde gewählt."]),
    ("de", "Streik bei der Bahn\n\nAb Montag stehen die Züge still. Die Gewerkschaft fordert mehr Geld.",
     ["Streik bei der Bahn", "Ab Montag stehen die Züge still.", "Die Gewerkschaft fordert mehr Geld."]),
    # French: titles, "1er", quotes with spaces inside, ellipses, a title line.
    ("fr", "M. Dupont est arrivé le 1er mars. Il repart demain.",
     ["M. Dupont est arrivé le 1er mars.", "Il repart demain."]),
    ("fr", "Le taux atteint 14,3 %. « C'est historique. » Le ministre s'est félicité.",
     ["Le taux atteint 14,3 %.", "« C'est historique. »", "Le ministre s'est félicité."]),
    ("fr", "Il a dit : « Nous partons. » Puis il est sorti.", ["Il a dit : « Nous partons. »", "Puis il est sorti."]),
    ("fr", "Il hésite... Puis il signe. Mme Martin approuve.",
     ["Il hésite...", "Puis il signe.", "Mme Martin approuve."]),
    ("fr", "Grève à la SNCF\nLes trains ne circulent plus. Le trafic reprendra lundi.",
     ["Grève à la SNCF", "Les trains ne circulent plus.", "Le trafic reprendra lundi."]),
    ("fr", "Le siège est au n° 5, av. Foch. Voir www.exemple.fr pour en savoir plus.",
     ["Le siège est au n° 5, av. Foch.", "Voir www.exemple.fr pour en savoir plus."]),
    ("fr", "Il était 4h du matin.Rien de politique.", ["Il était 4h du matin.", "Rien de politique."]),
    # Spanish.
    ("es", "El Sr. García llegó el 5 de mayo. La inflación fue del 3,2 %. ¿Qué pasará ahora?",
     ["El Sr. García llegó el 5 de mayo.", "La inflación fue del 3,2 %.", "¿Qué pasará ahora?"]),
    ("es", "La Sra. López, de Telefónica S.A., habló. ¡Fue un éxito!",
     ["La Sra. López, de Telefónica S.A., habló.", "¡Fue un éxito!"]),
    ("es", "Los Dres. Pérez y Ruiz firmaron el acuerdo. Entrará en vigor en 2025.",
     ["Los Dres. Pérez y Ruiz firmaron el acuerdo.", "Entrará en vigor en 2025."]),
    # Italian.
    ("it", "La Fiat S.p.A. ha chiuso il 3° trimestre in utile. Il Sig. Rossi è soddisfatto.",
     ["La Fiat S.p.A. ha chiuso il 3° trimestre in utile.", "Il Sig. Rossi è soddisfatto."]),
    ("it", "Il dott. Bianchi ha parlato. «Siamo pronti.» Poi è uscito.",
     ["Il dott. Bianchi ha parlato.", "«Siamo pronti.»", "Poi è uscito."]),
    # Czech.
    ("cs", "Schůzka se konala 27. ledna v Praze. Přišlo asi 100 lidí.",
     ["Schůzka se konala 27. ledna v Praze.", "Přišlo asi 100 lidí."]),
    ("cs", "Firma Škoda a. s. zvýšila zisk o 14,3 %. Řekl to např. ředitel Novák.",
     ["Firma Škoda a. s. zvýšila zisk o 14,3 %.", "Řekl to např. ředitel Novák."]),
    ("cs", "Zákon č. 5 platí od 1. 1. 2024. Vláda ho schválila.",
     ["Zákon č. 5 platí od 1. 1. 2024.", "Vláda ho schválila."]),
    # Polish.
    ("pl", "Spotkanie odbyło się 27 stycznia 2024 r. w Warszawie. Przyszło ok. 100 osób.",
     ["Spotkanie odbyło się 27 stycznia 2024 r. w Warszawie.", "Przyszło ok. 100 osób."]),
    ("pl", "Firma, tj. spółka Orlen, zarobiła więcej. „To dobry wynik.” Tak uważa prezes.",
     ["Firma, tj. spółka Orlen, zarobiła więcej.", "„To dobry wynik.”", "Tak uważa prezes."]),
    ("pl", "Kontrola trwała od 29 grudnia 2015 r. – 11 lutego 2016 r. Wynik jest znany.",
     ["Kontrola trwała od 29 grudnia 2015 r. – 11 lutego 2016 r.", "Wynik jest znany."]),
    ("pl", "Reprezentacja spadła z 20. na 22. miejsce. Trener milczy.",
     ["Reprezentacja spadła z 20. na 22. miejsce.", "Trener milczy."]),
    # Russian.
    ("ru", "Рост составил 14,3 %, т. е. больше прогноза. Об этом сообщил г. Иванов.",
     ["Рост составил 14,3 %, т. е. больше прогноза.", "Об этом сообщил г. Иванов."]),
    ("ru", "«Мы довольны». Так сказал А. С. Петров. Что дальше?",
     ["«Мы довольны».", "Так сказал А. С. Петров.", "Что дальше?"]),
    ("ru", "В 2023 г. компания выросла. В т. ч. за счёт экспорта.",
     ["В 2023 г. компания выросла.", "В т. ч. за счёт экспорта."]),
    # Hindi: the danda, decimals, abbreviations written with a dot.
    ("hi", "प्रधानमंत्री ने आज भाषण दिया। उन्होंने 14.3 प्रतिशत वृद्धि की बात कही। क्या यह सच है?",
     ["प्रधानमंत्री ने आज भाषण दिया।", "उन्होंने 14.3 प्रतिशत वृद्धि की बात कही।", "क्या यह सच है?"]),
    ("hi", "डॉ. शर्मा ने कहा कि बारिश होगी। मि. वर्मा तैयार हैं।",
     ["डॉ. शर्मा ने कहा कि बारिश होगी।", "मि. वर्मा तैयार हैं।"]),
    # Chinese: full stops with no space after them, also before a digit.
    ("zh", "今天北京下雨。气温为14.3度！你带伞了吗？", ["今天北京下雨。", "气温为14.3度！", "你带伞了吗？"]),
    ("zh", "会议已结束。7月17日下午，代表团离开。", ["会议已结束。", "7月17日下午，代表团离开。"]),
    ("zh", "他说：“我们很满意。”会议结束了。", ["他说：“我们很满意。”", "会议结束了。"]),
    ("zh", "苹果公司（AAPL.O）股价上涨。详情见www.example.com。",
     ["苹果公司（AAPL.O）股价上涨。", "详情见www.example.com。"]),
    # Japanese: a quotation in 「」 goes on in its sentence.
    ("ja", "東京は晴れです。気温は14.3度でした！明日はどうですか？",
     ["東京は晴れです。", "気温は14.3度でした！", "明日はどうですか？"]),
    ("ja", "彼は「準備はできた。次へ行く。」と言った。会議は終わった。",
     ["彼は「準備はできた。次へ行く。」と言った。", "会議は終わった。"]),
    ("ja", "首相が辞任\n\n首相は今日辞任を表明した。8月6日に退く。",
     ["首相が辞任", "首相は今日辞任を表明した。", "8月6日に退く。"]),
    # English.
    ("en", "J. K. Rowling met Dr. Smith on Jan. 5. They talked for 3.5 hours.",
     ["J. K. Rowling met Dr. Smith on Jan. 5.", "They talked for 3.5 hours."]),
    ("en", 'Shares of Acme Inc. rose 14.3%. "We\'re pleased." The CEO said so.',
     ["Shares of Acme Inc. rose 14.3%.", '"We\'re pleased."', "The CEO said so."]),
    ("en", "He paused... Then he left. See https://example.com/a.b?x=1 or mail bob@example.org.",
     ["He paused...", "Then he left.", "See https://example.com/a.b?x=1 or mail bob@example.org."]),
    ("en", "Storm hits coast\nThousands lost power on Monday.",
     ["Storm hits coast", "Thousands lost power on Monday."]),
    ("en", "The rain went on all\nnight. Roads were shut.", ["The rain went on all\nnight.", "Roads were shut."]),
    ("en", "Sales of the iPhone rose. iPhone sales lead.", ["Sales of the iPhone rose.", "iPhone sales lead."]),
    # Unknown language: guessed from the script, with every language's titles.
    (None, "Die Messe beginnt am 27. Januar in Berlin. Sie dauert drei Tage.",
     ["Die Messe beginnt am 27. Januar in Berlin.", "Sie dauert drei Tage."]),
    (None, "M. Dupont est arrivé. Il repart demain.", ["M. Dupont est arrivé.", "Il repart demain."]),
    (None, "今天北京下雨。你带伞了吗？", ["今天北京下雨。", "你带伞了吗？"]),
    (None, "東京は晴れです。「行こう。」と彼は言った。", ["東京は晴れです。", "「行こう。」と彼は言った。"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_source_text_splits_into_its_sentences(language: str | None, text: str, expected: list[str]) -> None:
    """Each case comes back as the sentences a reader would count, in order."""
    assert source_sentences(text, language) == expected


def test_language_code_with_region_is_understood() -> None:
    """A code with a region or in capitals ("zh-Hans", "FR") splits as its language."""
    assert source_sentences("M. Dupont arrive. Il part.", "FR") == ["M. Dupont arrive.", "Il part."]
    assert source_sentences("今天下雨。7月回来。", "zh-Hans") == ["今天下雨。", "7月回来。"]


def test_blank_and_punctuation_only_text_has_no_sentences() -> None:
    """Blank text and text without a letter or digit have no sentences."""
    assert source_sentences("", "en") == []
    assert source_sentences(" \n\n ", None) == []
    assert source_sentences("... « » !", "fr") == []


def test_lone_closing_mark_stays_with_its_sentence() -> None:
    """A closing mark that stands alone after a sentence is kept at that sentence's end."""
    assert source_sentences("Il part. » Elle reste.", "fr") == ["Il part. »", "Elle reste."]


_ALPHABET = st.sampled_from(list("aAbBzZ éÉßąčЖж字ク1 9.,;:!?…。！？।\"'«»„“”「」()-–\n\t ")) | st.characters()
_LANGUAGES = st.sampled_from(["en", "fr", "de", "es", "it", "cs", "pl", "ru", "hi", "zh", "ja", None])


@settings(max_examples=400, deadline=None)
@given(text=st.text(_ALPHABET, max_size=80), language=_LANGUAGES)
def test_nothing_is_dropped_and_no_sentence_is_empty(text: str, language: str | None) -> None:
    """Every sentence holds a letter or digit, and together they keep every non-space character in order."""
    got = source_sentences(text, language)
    assert all(s == s.strip() and any(c.isalnum() for c in s) for s in got)
    if any(c.isalnum() for c in text):
        assert "".join(" ".join(got).split()) == "".join(text.split())
