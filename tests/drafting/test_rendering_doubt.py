"""The least likely word choice of each rendering is found from the model's per-step token probabilities."""

import math

from newsdesk.drafting.confidence import SURE, choices, string_doubts


def step(**candidates: float) -> dict[str, float]:
    return {text: math.log(p) for text, p in candidates.items()}


def steps_for(tokens: list[tuple[str, float]], *, others: str = "@") -> list[dict[str, float]]:
    """One step per token written, with the token at its probability and an alternative beside it."""
    return [{token: math.log(p), others: math.log(max(1e-6, 1 - p))} for token, p in tokens]


ANSWER = [('{"', 0.99), ("english", 0.99), ('":', 0.99), (' ["', 0.99), ("Old", 0.9), (" Can", 0.08),
          ("als", 0.95), (" return", 0.7), ('",', 0.99), (' "', 0.99), ("Prices", 0.8), (" fell", 0.6),
          (".", 0.5), ('"]', 0.99), ("}", 0.99)]


def test_each_rendering_gets_its_weakest_word() -> None:
    text = "".join(t for t, _ in ANSWER)
    doubts = string_doubts(text, steps_for(ANSWER))
    assert len(doubts) == 2
    assert doubts[0].word == "Canals"
    assert math.isclose(doubts[0].probability, 0.08)
    # the full stop's low probability does not count: only words do
    assert doubts[1].word == "fell"
    assert math.isclose(doubts[1].probability, 0.6)


def test_a_token_outside_the_likeliest_counts_below_them() -> None:
    text = '{"english": ["Old rascals go"]}'
    steps = [step(**{'{"english": ["': 0.99}), step(Old=0.9), step(x=0.3, y=0.2), step(**{" go": 0.7}),
             step(**{'"]}': 0.99})]
    picked = choices(text, steps)
    # the third step wrote " rascals", which was not among its likeliest: its probability is at most
    # the least of them, and the next step is found again where its token fits
    assert [c.text for c in picked] == ['{"english": ["', "Old", "", " go", '"]}']
    assert math.isclose(picked[2].probability, 0.2)
    doubt = string_doubts(text, steps)[0]
    assert math.isclose(doubt.probability, 0.2)
    assert doubt.word == "rascals"


def test_a_character_written_in_two_byte_tokens_is_not_a_doubt() -> None:
    text = '{"english": ["Élise won"]}'
    steps = [step(**{'{"english": ["': 0.99}), step(**{"\ufffd": 0.4}), step(**{"\ufffd": 0.3}),
             step(lise=0.9), step(**{" won": 0.8}), step(**{'"]}': 0.99})]
    doubt = string_doubts(text, steps)[0]
    assert doubt.word == "won"
    assert math.isclose(doubt.probability, 0.8)


def test_no_steps_means_nothing_to_go_by() -> None:
    text = '{"english": ["Prices fell."]}'
    assert string_doubts(text, []) == [SURE]
