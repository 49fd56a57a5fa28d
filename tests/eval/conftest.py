"""A helper that writes tiny CAT XML files (invented sentences) for the evaluation tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest


class CatWriter:
    """Builds CAT documents: tokens are numbered from t_id 1, sentence by sentence."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def xml(
        sentences: Sequence[Sequence[str]],
        markables: str = "",
        relations: str = "",
        doc_id: str = "1",
        root: str = "Document",
    ) -> str:
        lines = [
            f'<?xml version="1.0" ?><{root} doc_id="{doc_id}" doc_name="doc_{doc_id}" lang="en"'
            f' url="http://example.org/{doc_id}">'
        ]
        t_id = 1
        for s, words in enumerate(sentences):
            for w in words:
                lines.append(
                    f'<token number="{t_id - 1}" sentence="{s}" t_id="{t_id}">{escape(w)}</token>'
                )
                t_id += 1
        lines.append(f"<Markables>{markables}</Markables>")
        lines.append(f"<Relations>{relations}</Relations>")
        lines.append(f"</{root}>")
        return "\n".join(lines)

    def write(
        self,
        name: str,
        sentences: Sequence[Sequence[str]],
        markables: str = "",
        relations: str = "",
        doc_id: str = "1",
        root: str = "Document",
    ) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        xml = self.xml(sentences, markables, relations, doc_id, root)
        path.write_text(xml, encoding="utf-8")
        return path

    @staticmethod
    def anchors(*t_ids: int) -> str:
        return "".join(f'<token_anchor t_id="{t}"/>' for t in t_ids)

    @classmethod
    def mention(cls, m_id: int, t_ids: Sequence[int], syntactic_type: str | None = "NAM") -> str:
        st = "" if syntactic_type is None else f" syntactic_type={quoteattr(syntactic_type)}"
        return f'<ENTITY_MENTION m_id="{m_id}"{st}>{cls.anchors(*t_ids)}</ENTITY_MENTION>'

    @staticmethod
    def entity(m_id: int, ent_type: str, descriptor: str = "x") -> str:
        return (
            f'<ENTITY m_id="{m_id}" ent_type="{ent_type}" TAG_DESCRIPTOR={quoteattr(descriptor)}'
            f' instance_id="INST{m_id}" external_ref=""/>'
        )

    @staticmethod
    def refers(r_id: int, sources: Sequence[int], target: int) -> str:
        src = "".join(f'<source m_id="{s}"/>' for s in sources)
        return f'<REFERS_TO r_id="{r_id}">{src}<target m_id="{target}"/></REFERS_TO>'


@pytest.fixture
def cat(tmp_path: Path) -> CatWriter:
    return CatWriter(tmp_path)
