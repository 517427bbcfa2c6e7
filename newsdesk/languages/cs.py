"""Czech: the words newsdesk reads by hand; number symbols, months and days come from CLDR."""

from __future__ import annotations

from . import Language, Samples, Scale

LANGUAGE = Language(
    code="cs",
    strong_up=(
        r"vzr[ůo]st\w*|vzrostl\w*|rost(?:l|la|lo|li|ly|e|ou|oucí\w*)|růst\w*|stoup\w*|zvýš\w*|zvyš\w*|"
        r"nár[ůu]st\w*|narost\w*|narůst\w*|přibyl\w*|přibýv\w*|zdvojnásob\w*"
    ),
    strong_down=r"kles\w*|pokles\w*|sníž\w*|snižov\w*|ubyl\w*|ubýv\w*|propad\w*|zmenš\w*|úbyt\w*|zredukov\w*",
    weak_up=r"více|víc|vyšš\w*",
    weak_down=r"méně|míň|nižš\w*",
    more_than=r"více než|víc než|přes|nejméně|alespoň|minimálně",
    less_than=r"méně než|maximálně|nejvýše|necelých|necelé",
    bad_news=r"ztrát\w*|schod\w*|deficit\w*|nezaměstnanost\w*",
    negation_markers=(
        r"ne(?!j|bo\b|ž\b|moc|děl|přít|přát|ustál|daleko|boť|li\b|ho\b|mu\b|m\b)\w+|"
        r"ne|nic\w*|nikdo\w*|nikdy|žádn\w*|bez|ani"
    ),
    negations=(
        r"není|nejsou|nebyl\w*|nebud\w*|nemá\w*|nemůž\w*|nemoh\w*|nechce\w*|nechtěl\w*|nelze|neexist\w*|"
        r"nikdy|nikdo|žádn\w*"
    ),
    samples=Samples(rise="vzrostl", fall="klesl", negation="nikdy"),
    more_scales=(Scale(word="miliardu", value=10**9),),
)
