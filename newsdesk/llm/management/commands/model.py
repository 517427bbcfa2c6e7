from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from newsdesk.llm.base import LLMError
from newsdesk.llm.pinned import DEFAULT_MODEL, PINNED, assemble, verify_file


class Command(BaseCommand):
    help = "List, assemble (fetch) or verify the pinned embedded models."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["list", "fetch", "verify", "path"])
        parser.add_argument("name", nargs="?", default=None, help=f"a pinned model (default {DEFAULT_MODEL})")

    def handle(self, *args: Any, **opts: Any) -> None:
        model_dir = settings.NEWSDESK_MODEL_DIR
        if opts["action"] == "list":
            for m in PINNED.values():
                path = model_dir / m.filename
                state = "assembled" if path.exists() else f"not assembled (pip install 'newsdesk[{m.extra}]')"
                self.stdout.write(f"{m.name:22} {m.title:40} {m.size:>14,} B  {state}")
            return
        name = opts["name"] or settings.NEWSDESK_LLM_MODEL or DEFAULT_MODEL
        if name not in PINNED:
            raise CommandError(f"unknown model {name!r}; pinned models: {', '.join(PINNED)}")
        model = PINNED[name]
        path = model_dir / model.filename
        try:
            if opts["action"] == "fetch":
                with tqdm(total=model.size, unit="B", unit_scale=True, desc=f"assembling {name}",
                          disable=path.exists() or None) as bar:
                    path = assemble(model, model_dir, progress=lambda done, _: bar.update(done - bar.n))
                verify_file(path, model)
                self.stdout.write(f"{name}: {path} (SHA-256 verified)")
            elif opts["action"] == "verify":
                if not path.exists():
                    raise CommandError(f"{name} is not assembled; run: newsdesk model fetch {name}")
                verify_file(path, model)
                self.stdout.write(f"{name}: {path} matches the pinned SHA-256")
            else:
                self.stdout.write(str(path))
        except LLMError as exc:
            raise CommandError(str(exc)) from None
