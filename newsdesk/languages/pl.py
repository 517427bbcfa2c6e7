"""Polish: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples

LANGUAGE = Language(
    code="pl",
    strong_up=(
        r"wzr[oó]s\w*|wzrast\w*|rosn\w*|rośnie|rosł\w*|zwiększ\w*|podwyż\w*|podni[oóe]s\w*|przyr[oó]st\w*|"
        r"podwoi\w*"
    ),
    strong_down=(
        r"spad(?!kob)\w*|zmniejsz\w*|obniż\w*|male(?:je|ją|ć)|malał\w*|zmal\w*|redukc\w*|zreduk\w*|"
        r"ograniczon\w*|skurcz\w*|zmalał\w*"
    ),
    weak_up=r"więcej|wyższ\w*|ponad",
    weak_down=r"mniej|niższ\w*",
    more_than=r"ponad|więcej niż|co najmniej|przeszło|powyżej",
    less_than=r"mniej niż|poniżej|maksymalnie|niespełna|nie więcej niż",
    bad_news=r"strat(?:a|y|ę|ą|ami)?|deficyt\w*|bezroboci\w*",
    negation_markers=r"nie|nigdy|żad\w*|nic\w*|nikt\w*|nigdzie|bez|ani",
    negations=r"nie(?!\s+tylko|\s+tylko)|nigdy|żaden|żadn\w*|nikt",
    samples=Samples(rise="wzrósł", fall="spadł", negation="nie"),
)
