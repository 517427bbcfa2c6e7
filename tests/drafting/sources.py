"""A short French source, numbered as drafting sees it: one rendering checked, one that changed a figure."""

from newsdesk.sources.sentences import SourceSentence

SOURCE = [
    SourceSentence(n=1, text="Meta investit dans Scale AI", english="Meta invests in Scale AI", language="fr",
                   part="title", checked=True),
    SourceSentence(n=2, text="Meta a investi 14,3 milliards de dollars.", english="Meta invested $14.3 billion.",
                   language="fr", part="summary", checked=True),
    SourceSentence(n=3, text="Le groupe prévoit 72 milliards de dollars de dépenses.",
                   english="The group expects $27 billion of spending.", language="fr", part="summary",
                   checked=False),
]

