"""How an instruction planted in a source for the model is worded in one language (the prompt-injection guard).

Each field is a regular-expression alternation matched case-insensitively, like the other hand-written
fields of ``Language``; ``articles`` and ``to`` are plain words. The guard
(``newsdesk/factcheck/source.py``) joins every registered language's fields into its rules, so a
language adds its words here and nowhere else. A field left empty adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Instructions:
    """The words of an instruction to the model in one language: who it addresses, how it asks, what it overrides."""

    # Names of a language model ("modèles? de langage"); the acronyms (AI, IA, KI, LLM) are the guard's own.
    model: str = ""
    # The word for an assistant, written after AI, IA or KI ("KI-Assistent", "asistente").
    assistant: str = ""
    # Who writes, edits or translates the article ("rédact(?:eur|eurs|rice|rices)", "Übersetzer").
    writer: str = ""
    # Other names of whoever an instruction addresses, counted only after a note word ("Redaktion", "models?"):
    # alone they also name products and bylines.
    addressee: str = ""
    # Articles and possessives written before an addressee ("le", "l'", "à la"), as plain words.
    articles: tuple[str, ...] = ()
    # Words for "to" or "for" before an addressee ("pour", "à"), as plain words.
    to: tuple[str, ...] = ()
    # Words for a note, a message or instructions ("Hinweis an die KI").
    note: str = ""
    # "For the attention of" ("à l'attention"), followed by an addressee.
    attention: str = ""
    # "Dear", addressing the model or a writer ("Chère IA,").
    dear: str = ""
    # Imperatives of write / say / report / add / ignore... that are never anything else where an instruction starts.
    sure_verbs: str = ""
    # Imperatives that are also a third person or a noun, and infinitives ("Ajoute que", "Afirma que" open
    # reported speech): these count only after a request word or an addressee.
    lead_verbs: str = ""
    # Words that make a request of the reader ("veuillez", "bitte", "you must").
    please: str = ""
    # Words that may stand before an imperative ("instead", "désormais").
    adverbs: str = ""
    # What introduces what the model is told to write: "that" ("que|qu'"), or "the following:" ("ce qui suit").
    that: str = ""
    following: str = ""
    # "Ignore ... the instructions": the verbs, then (within a few words) what they tell the model to drop.
    override_verbs: str = ""
    override_objects: str = ""
    # Phrases that override by themselves ("you are now", "system prompt").
    override_phrases: str = ""
